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
 * @param recheckAfter how long a published article is left alone; listed again after that, it is
 *     fetched again (conditionally) and republished under the same id if its content changed
 */
public record IngestSettings(
    Duration perHostDelay,
    int maxRememberedUrls,
    int maxConcurrency,
    int maxQueuedFetches,
    RetryPolicy retry,
    RobotsSettings robots,
    Duration recheckAfter) {
  /** How long a published article is left alone by default. */
  public static final Duration DEFAULT_RECHECK_AFTER = Duration.ofHours(1);

  public IngestSettings {
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(robots, "robots");
    Objects.requireNonNull(recheckAfter, "recheckAfter");
    if (recheckAfter.isNegative()) {
      throw new IllegalArgumentException("recheckAfter must not be negative");
    }
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

  /** The settings without {@code recheckAfter}, which is then {@link #DEFAULT_RECHECK_AFTER}. */
  public IngestSettings(Duration perHostDelay, int maxRememberedUrls, int maxConcurrency, int maxQueuedFetches,
      RetryPolicy retry, RobotsSettings robots) {
    this(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots, DEFAULT_RECHECK_AFTER);
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
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots,
        recheckAfter);
  }

  public IngestSettings withRobots(RobotsSettings robots) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots,
        recheckAfter);
  }

  public IngestSettings withConcurrency(int maxConcurrency, int maxQueuedFetches) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots,
        recheckAfter);
  }

  public IngestSettings withRecheckAfter(Duration after) {
    return new IngestSettings(perHostDelay, maxRememberedUrls, maxConcurrency, maxQueuedFetches, retry, robots, after);
  }
}
