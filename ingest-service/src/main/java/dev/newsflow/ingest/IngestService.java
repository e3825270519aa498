package dev.newsflow.ingest;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.ingest.canonical.UrlCanonicalizer;
import dev.newsflow.ingest.discover.FeedEntry;
import dev.newsflow.ingest.discover.FeedException;
import dev.newsflow.ingest.discover.FeedParser;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.source.SourceConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline: discover article URLs, fetch each page, decode and extract it, publish
 * the clean article. Every page or feed that fails becomes a dead letter with the reason; nothing
 * stops the pass.
 *
 * <p>This first version fetches sequentially, one host at a time, waiting {@link
 * IngestSettings#perHostDelay()} between requests to the same host. It remembers published URLs
 * in memory only (bounded), so a restarted instance fetches them again and republishes them under
 * the same article id: harmless for consumers that key on the id, and fixed when crawl state moves
 * to Kafka.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final ArticlePublisher publisher;
  private final HttpFetcher fetcher;
  private final FeedParser feedParser = new FeedParser();
  private final ArticleAssembler assembler;
  private final IngestSettings settings;
  private final Clock clock;
  private final Map<String, Instant> lastRequestByHost = new HashMap<>();
  private final Map<String, String> publishedHashByUrl;
  private final Map<String, String> permanentFailureByUrl;

  public IngestService(
      ArticlePublisher publisher,
      HttpFetcher fetcher,
      ArticleAssembler assembler,
      IngestSettings settings,
      Clock clock) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.publishedHashByUrl = boundedMap(settings.maxRememberedUrls());
    this.permanentFailureByUrl = boundedMap(settings.maxRememberedUrls());
  }

  /** A map that forgets its least recently used entries beyond {@code capacity}. */
  private static Map<String, String> boundedMap(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * One pass over {@code source}: its feeds' items and its article URLs.
   *
   * @throws PublishException when Kafka does not take a record: the pass stops, since going on
   *     would fetch pages whose articles could not be kept
   */
  public PollReport poll(SourceConfig source) throws PublishException, InterruptedException {
    Map<URI, FeedEntry> candidates = new LinkedHashMap<>();
    int failed = 0;
    for (URI feed : source.feeds()) {
      try {
        for (FeedEntry entry : discover(feed)) {
          candidates.putIfAbsent(entry.link(), entry);
        }
      } catch (StageFailure failure) {
        failed++;
        deadLetter(failure, feed);
      }
    }
    for (URI url : source.articleUrls()) {
      candidates.putIfAbsent(url, new FeedEntry(url, null, null));
    }

    int published = 0;
    int skipped = 0;
    for (FeedEntry candidate : candidates.values()) {
      String key = canonicalOrNull(candidate.link());
      if (key != null && (publishedHashByUrl.containsKey(key) || permanentFailureByUrl.containsKey(key))) {
        skipped++;
        continue;
      }
      try {
        Article article = fetchArticle(source, candidate);
        String previousHash = publishedHashByUrl.get(article.canonicalUrl());
        if (article.contentHash().equals(previousHash)) {
          skipped++;
          continue;
        }
        var metadata = publisher.publish(article);
        publishedHashByUrl.put(article.canonicalUrl(), article.contentHash());
        if (key != null) {
          publishedHashByUrl.put(key, article.contentHash());
        }
        published++;
        log.info("published {} [{}] {} -> {}-{}@{}",
            article.id(), source.source().id(), article.title(), metadata.topic(), metadata.partition(), metadata.offset());
      } catch (StageFailure failure) {
        failed++;
        deadLetter(failure, candidate.link());
        if (!failure.retryable && key != null) {
          // Reported once: a page that is gone or holds no article is not fetched again on
          // every pass (which would also repeat its dead letter).
          permanentFailureByUrl.put(key, failure.reason);
        }
      }
    }
    PollReport report = new PollReport(candidates.size(), published, skipped, failed);
    log.info("source {}: {} discovered, {} published, {} skipped, {} failed",
        source.source().id(), report.discovered(), report.published(), report.skipped(), report.failed());
    return report;
  }

  /** One pass over each of {@code sources}. */
  public PollReport pollAll(List<SourceConfig> sources) throws PublishException, InterruptedException {
    PollReport total = PollReport.EMPTY;
    for (SourceConfig source : sources) {
      total = total.plus(poll(source));
    }
    return total;
  }

  /**
   * Polls every source, again and again every {@code interval}, until {@code stop} says so or the
   * thread is interrupted.
   */
  public void runContinuously(List<SourceConfig> sources, Duration interval, BooleanSupplier stop)
      throws PublishException, InterruptedException {
    while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      Instant started = clock.instant();
      PollReport total = PollReport.EMPTY;
      for (SourceConfig source : sources) {
        if (stop.getAsBoolean()) {
          return;
        }
        total = total.plus(poll(source));
      }
      log.info("pass over {} sources done in {} ms: {}", sources.size(),
          Duration.between(started, clock.instant()).toMillis(), total);
      Instant next = started.plus(interval);
      while (!stop.getAsBoolean() && clock.instant().isBefore(next)) {
        Thread.sleep(Math.min(500, Math.max(1, Duration.between(clock.instant(), next).toMillis())));
      }
    }
  }

  private List<FeedEntry> discover(URI feed) throws StageFailure, InterruptedException {
    FetchResult result = fetch(feed, "ingest.discover");
    try {
      return feedParser.parse(result.body(), result.finalUrl());
    } catch (FeedException e) {
      throw new StageFailure("ingest.discover", e.reason(), e.getMessage(), false);
    }
  }

  private Article fetchArticle(SourceConfig source, FeedEntry candidate) throws StageFailure, InterruptedException {
    FetchResult result = fetch(candidate.link(), "ingest.fetch");
    try {
      return assembler.assemble(
          source, result.finalUrl(), result.body(), result.contentType(), result.fetchedAt(), candidate);
    } catch (ExtractionException e) {
      throw new StageFailure("ingest.extract", e.reason(), e.getMessage(), false);
    } catch (RuntimeException e) {
      // A bug in extraction must cost one page, not the worker.
      log.error("extraction crashed on {}", result.finalUrl(), e);
      throw new StageFailure("ingest.extract", "extractor-error", e.toString(), false);
    }
  }

  private FetchResult fetch(URI url, String stage) throws StageFailure, InterruptedException {
    waitForHost(url);
    try {
      return fetcher.fetch(url);
    } catch (FetchException e) {
      throw new StageFailure(stage, e.reason(), e.getMessage(), isTransient(e));
    } finally {
      if (url.getHost() != null) {
        lastRequestByHost.put(url.getHost(), clock.instant());
      }
    }
  }

  /** Failures that may go away by themselves: worth another try on the next pass. */
  static boolean isTransient(FetchException e) {
    return switch (e.reason()) {
      case "timeout", "io" -> true;
      case "http-status" -> e.status() >= 500 || e.status() == 429 || e.status() == 408;
      default -> false;
    };
  }

  private void waitForHost(URI url) throws InterruptedException {
    Instant last = url.getHost() == null ? null : lastRequestByHost.get(url.getHost());
    if (last == null) {
      return;
    }
    long waitMillis = Duration.between(clock.instant(), last.plus(settings.perHostDelay())).toMillis();
    if (waitMillis > 0) {
      Thread.sleep(waitMillis);
    }
  }

  private static String canonicalOrNull(URI url) {
    try {
      return UrlCanonicalizer.canonicalize(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void deadLetter(StageFailure failure, URI url) throws PublishException {
    log.warn("{} failed for {}: {} ({})", failure.stage, url, failure.reason, failure.getMessage());
    publisher.publish(DeadLetter.forUrl(failure.stage, failure.reason, failure.getMessage(), url.toString(), clock.instant()));
  }

  @Override
  public void close() {
    fetcher.close();
    publisher.close();
  }

  /** A page or feed that failed at one stage, with the reason to dead-letter. */
  private static final class StageFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final String stage;
    final String reason;
    final boolean retryable;

    StageFailure(String stage, String reason, String detail, boolean retryable) {
      super(detail, null, false, false);
      this.stage = stage;
      this.reason = reason;
      this.retryable = retryable;
    }
  }
}
