package dev.newsflow.ingest.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a replay runs.
 *
 * @param stateDirectory where the per-file checkpoints live (created when missing)
 * @param maxBodyBytes pages larger than this are refused (dead letter {@code too-large})
 * @param maxInFlight records read but not yet published (or dead-lettered) at most
 * @param maxInFlightBytes page bytes held by those records at most; with {@code maxInFlight} this
 *     bounds the memory a replay needs, whatever the size of the archive
 * @param extractionThreads threads that decode and extract pages; 1 extracts on the reading thread
 * @param progressInterval time between two progress lines (and checkpoint writes)
 */
public record ReplaySettings(
    Path stateDirectory,
    int maxBodyBytes,
    int maxInFlight,
    long maxInFlightBytes,
    int extractionThreads,
    Duration progressInterval) {

  public ReplaySettings {
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(progressInterval, "progressInterval");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (maxInFlight <= 0) {
      throw new IllegalArgumentException("maxInFlight must be positive, was " + maxInFlight);
    }
    if (maxInFlightBytes < maxBodyBytes) {
      throw new IllegalArgumentException("maxInFlightBytes must hold at least one page of maxBodyBytes");
    }
    if (extractionThreads <= 0) {
      throw new IllegalArgumentException("extractionThreads must be positive, was " + extractionThreads);
    }
    if (progressInterval.isNegative() || progressInterval.isZero()) {
      throw new IllegalArgumentException("progressInterval must be positive, was " + progressInterval);
    }
  }

  /**
   * Defaults: pages up to 5 MiB, 512 records and 64 MiB in flight, one extraction thread per
   * processor, a progress line every 5 seconds.
   */
  public static ReplaySettings defaults(Path stateDirectory) {
    return new ReplaySettings(stateDirectory, 5 * 1024 * 1024, 512, 64L * 1024 * 1024,
        Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(5));
  }
}
