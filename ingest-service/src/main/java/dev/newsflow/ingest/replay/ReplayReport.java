package dev.newsflow.ingest.replay;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a replay did.
 *
 * @param files the WARC files it was given (after expanding directories)
 * @param filesCompleted files read to their end, in this run or an earlier one
 * @param recordsRead WARC records read in this run (all types)
 * @param published articles published
 * @param skipped records that hold no article page (requests, revisits, non-200, non-HTML ...)
 * @param failed pages that became dead letters (no article extracted, too large, unreadable)
 * @param skippedByReason {@code skipped} broken down by reason, e.g. {@code unsupported-type}, {@code
 *     http-status}, {@code request}, {@code revisit}
 * @param elapsed wall-clock time of the run
 */
public record ReplayReport(
    int files,
    int filesCompleted,
    long recordsRead,
    long published,
    long skipped,
    long failed,
    Map<String, Long> skippedByReason,
    Duration elapsed) {

  public ReplayReport {
    Objects.requireNonNull(elapsed, "elapsed");
    skippedByReason = Map.copyOf(skippedByReason);
  }

  /** Records read per second of wall-clock time. */
  public double recordsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : recordsRead / seconds;
  }

  /** Whether every file was read to its end. */
  public boolean complete() {
    return filesCompleted == files;
  }

  @Override
  public String toString() {
    return String.format("%d of %d files complete, %d records read, %d published, %d skipped %s, %d failed, "
            + "%.0f records/s", filesCompleted, files, recordsRead, published, skipped,
        new TreeMap<>(skippedByReason), failed, recordsPerSecond());
  }
}
