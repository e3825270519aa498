package dev.newsflow.ingest.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of one replay run, and the progress lines that show them. Articles and failures are
 * counted when Kafka acknowledges them, on the producer's thread; everything else on the reading
 * thread.
 */
final class Progress {
  private final PrintStream out;
  private final long intervalNanos;
  private final long startedNanos = System.nanoTime();
  private long lastLineNanos = startedNanos;
  private long recordsRead;
  private long skipped;
  private final Map<String, Long> skippedByReason = new TreeMap<>();
  private final LongAdder published = new LongAdder();
  private final LongAdder failed = new LongAdder();

  Progress(PrintStream out, Duration interval) {
    this.out = out;
    this.intervalNanos = interval.toNanos();
  }

  void read() {
    recordsRead++;
  }

  void skipped(String reason) {
    skipped++;
    skippedByReason.merge(reason, 1L, Long::sum);
  }

  void published() {
    published.increment();
  }

  void failed() {
    failed.increment();
  }

  /** Whether a progress line is due; if so, the next one is due an interval from now. */
  boolean due() {
    long now = System.nanoTime();
    if (now - lastLineNanos < intervalNanos) {
      return false;
    }
    lastLineNanos = now;
    return true;
  }

  void line(String where) {
    double seconds = elapsed().toNanos() / 1e9;
    out.printf("newsflow replay: %,d records read, %,d articles published, %,d skipped, %,d failed; "
            + "%,.0f records/s, %,.0f articles/s (%s)%n",
        recordsRead, published.sum(), skipped, failed.sum(),
        seconds > 0 ? recordsRead / seconds : 0, seconds > 0 ? published.sum() / seconds : 0, where);
    out.flush();
  }

  void note(String message) {
    out.println("newsflow replay: " + message);
    out.flush();
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  ReplayReport report(int files, int filesCompleted) {
    return new ReplayReport(files, filesCompleted, recordsRead, published.sum(), skipped, failed.sum(),
        skippedByReason, elapsed());
  }
}
