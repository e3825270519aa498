package dev.newsflow.ingest;

import dev.newsflow.ingest.crawl.RetryPolicy;
import dev.newsflow.ingest.robots.RobotsSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How ingest-service behaves.
 *
 * @param perHostDelay minimum time between two requests to the same host (a source's own delay or
 *     the host's robots.txt crawl-delay may make it longer)
 * @param maxRememberedUrls how many published URLs are remembered to skip re-fetching them; the
 *     oldest are forgotten first, so memory stays bounded in continuous runs
 * @param maxConcurrency fetches running at once, across all hosts
 * @param maxQueuedFetches URLs waiting to be fetched, across all hosts; discovery waits when full
 * @param retry how transient failures are retried
 * @param robots how robots.txt is obeyed
 */
public record IngestSettings(
    Duration perHostDelay,
    int maxRememberedUrls,
    int maxConcurrency,
    int maxQueuedFetches,
    RetryPolicy retry,
    RobotsSettings robots) {

  public IngestSettings {
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(robots, "robots");
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative");
    }
    if (maxRememberedUrls < 1) {
      throw new IllegalArgumentException("maxRememberedUrls must be >= 1");
    }
    if (maxConcurrency < 1 || maxQueuedFetches < 1) {
      throw new IllegalArgumentException("maxConcurrency and maxQueuedFetches must be >= 1");
    }
  }

  /** The given delay and memory, the other settings as in {@link #defaults()}. */
  public IngestSettings(Duration perHostDelay, int maxRememberedUrls) {
    this(perHostDelay, maxRememberedUrls, 16, 10_000, RetryPolicy.defaults(), RobotsSettings.defaults());
  }

  /** 2 s per host, 200,000 remembered URLs, 16 concurrent fetches, 10,000 queued, default retries and robots. */
  public static IngestSettings defaults() {
    return new IngestSettings(Duration.ofSeconds(2), 200_000);
  }

  public IngestSettings withRetry(RetryPolicy retry) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots);
  }

  public IngestSettings withRobots(RobotsSettings robots) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots);
  }

  public IngestSettings withConcurrency(int maxConcurrency, int maxQueuedFetches) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots);
  }
}
