package dev.newsflow.ingest.replay;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays WARC archives as if their pages had just been fetched: every HTML page captured with
 * HTTP 200 becomes an article, published exactly as live fetching would publish it (same
 * assembler, same ids), with the capture time as {@code fetchedAt}.
 *
 * <pre>{@code
 * try (WarcReplayer replayer = new WarcReplayer(assembler, publisher, ReplaySource.perHost(),
 *     ReplaySettings.defaults(Path.of("state/replay")), Clock.systemUTC(), System.err)) {
 *   ReplayReport report = replayer.replay(List.of(Path.of("crawl-data/CC-NEWS/2024/01")));
 * }
 * }</pre>
 *
 * <p>Records are streamed, never loaded whole; how many are in flight at once is bounded by
 * {@link ReplaySettings}. After each file, and every progress interval, a checkpoint records the
 * last record up to which everything is acknowledged by Kafka; a re-run continues after it, and
 * skips files that are done. Stopped cleanly, a replay publishes nothing twice; killed, it
 * republishes at most the records of one interval, under the same article ids.
 *
 * <p>Pages without an article, too large or unreadable become dead letters at stage {@value
 * #STAGE}; a damaged file is dead-lettered as a whole (reason {@code malformed-warc}, with the
 * file's URI) after what could be read from it.
 */
public final class WarcReplayer implements AutoCloseable {
  /** The dead-letter stage of replay failures. */
  public static final String STAGE = "ingest.replay";

  private static final Logger log = LoggerFactory.getLogger(WarcReplayer.class);

  private final ArticleAssembler assembler;
  private final ArticlePublisher publisher;
  private final ReplaySource source;
  private final ReplaySettings settings;
  private final Clock clock;
  private final PrintStream progressOut;
  private final CheckpointStore checkpoints;
  private final ExecutorService extraction;

  /**
   * @param publisher where articles and dead letters go; closed with this replayer
   * @param progressOut where progress lines go (standard error for the command line)
   */
  public WarcReplayer(
      ArticleAssembler assembler,
      ArticlePublisher publisher,
      ReplaySource source,
      ReplaySettings settings,
      Clock clock,
      PrintStream progressOut) {
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.source = Objects.requireNonNull(source, "source");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progressOut = Objects.requireNonNull(progressOut, "progressOut");
    this.checkpoints = new CheckpointStore(settings.stateDirectory());
    this.extraction = settings.extractionThreads() == 1 ? null
        : Executors.newFixedThreadPool(settings.extractionThreads(), daemonThreads());
  }

  /** Replays every WARC file in {@code paths} (files, or directories searched for them) to the end. */
  public ReplayReport replay(List<Path> paths) throws IOException, PublishException {
    return replay(paths, () -> false, article -> {});
  }

  /**
   * Replays every WARC file in {@code paths} until done or until {@code stop} says so (checked
   * between records; an interrupt of the calling thread stops it too, and is still set when this
   * returns). Either way, what was read is published and checkpointed before this returns.
   *
   * @param onPublished told of each article once Kafka has it (on a Kafka producer thread)
   * @throws IOException when a path does not exist or a checkpoint cannot be written
   * @throws PublishException when Kafka does not take a record: the replay stops there, and a
   *     re-run continues from the last checkpoint
   */
  public ReplayReport replay(List<Path> paths, BooleanSupplier stop, Consumer<Article> onPublished)
      throws IOException, PublishException {
    List<Path> files = WarcFiles.expand(paths);
    Progress progress = new Progress(progressOut, settings.progressInterval());
    progress.note(files.size() + (files.size() == 1 ? " WARC file" : " WARC files") + " to replay");
    Interruption interruption = new Interruption();
    BooleanSupplier stopped = () -> stop.getAsBoolean() || interruption.seen();
    int completed = 0;
    try {
      for (Path file : files) {
        if (stopped.getAsBoolean()) {
          break;
        }
        if (replayFile(file, progress, stopped, interruption, onPublished)) {
          completed++;
        }
      }
    } finally {
      interruption.restore();
    }
    progress.line(completed == files.size() ? "done" : "stopped");
    return progress.report(files.size(), completed);
  }

  /** Whether the file was read to its end (now or before). */
  private boolean replayFile(
      Path file, Progress progress, BooleanSupplier stop, Interruption interruption, Consumer<Article> onPublished)
      throws IOException, PublishException {
    long size = Files.size(file);
    Optional<Checkpoint> saved = checkpoints.load(file);
    if (saved.isPresent() && saved.get().fileSize() != size) {
      progress.note(file.getFileName() + " changed size since its checkpoint: replaying it from the start");
      saved = Optional.empty();
    }
    if (saved.isPresent() && saved.get().done()) {
      progress.note(file.getFileName() + " was replayed before: skipped");
      return true;
    }
    Window window = new Window(saved.orElse(null));
    boolean reachedEnd = false;
    Exception damage = null;
    try (Resumed resumed = resume(file, saved.orElse(null), progress)) {
      WarcReader reader = resumed.reader();
      long records = resumed.records();
      if (records > 0) {
        progress.note(String.format("%s: resuming after record %,d", file.getFileName(), records));
      }
      while (!stop.getAsBoolean()) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          reachedEnd = true;
          break;
        }
        WarcRecord record = next.get();
        records++;
        progress.read();
        Capture capture = Captures.of(record, settings.maxBodyBytes());
        CompletableFuture<Void> done = switch (capture) {
          case Capture.Skip skip -> {
            progress.skipped(skip.reason());
            yield CompletableFuture.completedFuture(null);
          }
          case Capture.Refused refused -> deadLetter(refused.url().toString(), refused.reason(), refused.detail(), progress);
          case Capture.Page page -> article(page, progress, onPublished);
        };
        int bytes = capture instanceof Capture.Page page ? page.body().length : 0;
        window.add(new Pending(new Checkpoint(size, reader.position(), records, record.id().toString(), false), bytes, done));
        window.waitUntilBelow(settings.maxInFlight(), settings.maxInFlightBytes());
        if (progress.due()) {
          progress.line(file.getFileName().toString());
          save(file, window.lastHandled());
        }
      }
    } catch (ClosedByInterruptException e) {
      // Stopped while reading: not damage.
      interruption.seen();
    } catch (IOException | RuntimeException e) {
      // A truncated download or a damaged record ends this file, not the replay.
      damage = e;
    } finally {
      // Draining and checkpointing must not be cut short by the interrupt that asked for the stop.
      interruption.seen();
      // Also on the way out of a publish failure: what Kafka took is checkpointed.
      boolean drained = false;
      try {
        window.drain();
        drained = true;
      } finally {
        Checkpoint last = window.lastHandled();
        if (drained && reachedEnd && damage == null) {
          save(file, last == null
              ? new Checkpoint(size, 0, 0, "", true)
              : new Checkpoint(size, last.offset(), last.records(), last.recordId(), true));
        } else {
          save(file, last);
        }
      }
    }
    if (damage != null) {
      long handled = window.lastHandled() == null ? 0 : window.lastHandled().records();
      log.warn("cannot read {} beyond record {}", file, handled, damage);
      progress.note(file.getFileName() + " is unreadable after record " + handled + ": " + damage.getMessage());
      try {
        deadLetter(file.toUri().toString(), "malformed-warc", "unreadable after record " + handled + ": " + damage, progress)
            .join();
      } catch (CompletionException e) {
        throw Window.asPublishException(e);
      }
      return false;
    }
    return reachedEnd;
  }

  private void save(Path file, Checkpoint checkpoint) throws IOException {
    if (checkpoint != null) {
      checkpoints.save(file, checkpoint);
    }
  }

  /** A reader positioned after the checkpointed record, or at the start when that cannot be found. */
  private Resumed resume(Path file, Checkpoint checkpoint, Progress progress) throws IOException {
    WarcReader reader = new WarcReader(file);
    reader.onWarning(warning -> log.debug("{}: {}", file, warning));
    if (checkpoint == null || checkpoint.records() == 0) {
      return new Resumed(reader, 0);
    }
    try {
      // One gzip member per record (as Common Crawl writes them) or no compression: seek.
      reader.position(checkpoint.offset());
      Optional<WarcRecord> at = reader.next();
      if (at.isPresent() && at.get().id().toString().equals(checkpoint.recordId())) {
        return new Resumed(reader, checkpoint.records());
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot seek to {} in {}: {}", checkpoint.offset(), file, e.toString());
    }
    reader.close();
    // A file compressed as a whole cannot be entered in the middle: read up to the position.
    reader = new WarcReader(file);
    try {
      Optional<WarcRecord> record = Optional.empty();
      for (long i = 0; i < checkpoint.records(); i++) {
        record = reader.next();
        if (record.isEmpty()) {
          break;
        }
      }
      if (record.isPresent() && record.get().id().toString().equals(checkpoint.recordId())) {
        return new Resumed(reader, checkpoint.records());
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot skip to record {} in {}: {}", checkpoint.records(), file, e.toString());
    }
    reader.close();
    progress.note(file.getFileName() + " does not match its checkpoint: replaying it from the start");
    return new Resumed(new WarcReader(file), 0);
  }

  private CompletableFuture<Void> article(Capture.Page page, Progress progress, Consumer<Article> onPublished) {
    Supplier<CompletableFuture<Void>> work = () -> {
      Article article;
      try {
        article = assembler.assemble(source.sourceFor(page.url()), source.timeZone(), source.languageHint(),
            page.url(), page.body(), page.contentType(), page.fetchedAt(), null);
      } catch (ExtractionException e) {
        return deadLetter(page.url().toString(), e.reason(), e.getMessage(), progress);
      } catch (RuntimeException e) {
        // A bug in extraction must cost one page, not the replay.
        log.error("extraction crashed on {}", page.url(), e);
        return deadLetter(page.url().toString(), "extractor-error", e.toString(), progress);
      }
      return publisher.publishAsync(article).thenAccept(metadata -> {
        progress.published();
        try {
          onPublished.accept(article);
        } catch (RuntimeException e) {
          log.error("listener failed on article {}", article.id(), e);
        }
      });
    };
    return extraction == null ? work.get() : CompletableFuture.supplyAsync(work, extraction).thenCompose(f -> f);
  }

  private CompletableFuture<Void> deadLetter(String url, String reason, String detail, Progress progress) {
    log.debug("{} failed for {}: {} ({})", STAGE, url, reason, detail);
    return publisher.publishAsync(DeadLetter.forUrl(STAGE, reason, detail, url, clock.instant()))
        .thenAccept(metadata -> progress.failed());
  }

  @Override
  public void close() {
    if (extraction != null) {
      extraction.shutdownNow();
      try {
        extraction.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    publisher.close();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "newsflow-replay-extract-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * An interrupt of the replaying thread, taken as a request to stop. The flag is cleared while
   * the replay winds down (file channels close themselves when an interrupted thread uses them)
   * and set again on the way out.
   */
  private static final class Interruption {
    private boolean interrupted;

    /** Whether the thread was interrupted during this replay; clears the flag. */
    boolean seen() {
      interrupted |= Thread.interrupted();
      return interrupted;
    }

    void restore() {
      if (seen()) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private record Resumed(WarcReader reader, long records) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** A record read whose article (or dead letter) may still be on its way to Kafka. */
  private record Pending(Checkpoint position, int bytes, CompletableFuture<Void> done) {}

  /**
   * The records in flight, in file order. The checkpoint only ever moves to the end of the run of
   * records at the head that are all done, so a record acknowledged early never lets it skip one
   * that is still pending.
   */
  private static final class Window {
    private final Deque<Pending> pending = new ArrayDeque<>();
    private long bytes;
    private Checkpoint lastHandled;

    Window(Checkpoint start) {
      this.lastHandled = start;
    }

    void add(Pending p) throws PublishException {
      pending.addLast(p);
      bytes += p.bytes();
      retireDone();
    }

    void waitUntilBelow(int maxRecords, long maxBytes) throws PublishException {
      while (pending.size() >= maxRecords || bytes > maxBytes) {
        awaitHead();
      }
    }

    /** Waits for everything in flight; on a failure the checkpoint stays before the failed record. */
    void drain() throws PublishException {
      while (!pending.isEmpty()) {
        awaitHead();
      }
    }

    Checkpoint lastHandled() {
      return lastHandled;
    }

    private void awaitHead() throws PublishException {
      try {
        pending.peekFirst().done().join();
      } catch (CompletionException e) {
        throw asPublishException(e);
      }
      retireDone();
    }

    private void retireDone() throws PublishException {
      while (!pending.isEmpty() && pending.peekFirst().done().isDone()) {
        Pending head = pending.peekFirst();
        if (head.done().isCompletedExceptionally()) {
          try {
            head.done().join();
          } catch (CompletionException e) {
            throw asPublishException(e);
          }
        }
        pending.removeFirst();
        bytes -= head.bytes();
        lastHandled = head.position();
      }
    }

    static PublishException asPublishException(CompletionException e) {
      if (e.getCause() instanceof PublishException publish) {
        return publish;
      }
      throw e;
    }
  }

}
