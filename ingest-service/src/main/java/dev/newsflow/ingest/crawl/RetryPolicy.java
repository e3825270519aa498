package dev.newsflow.ingest.crawl;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a failed fetch is tried again: transient failures (5xx, 429, 408, timeouts, network
 * errors) are retried with exponential backoff and jitter, honouring the server's
 * {@code Retry-After}, up to {@code maxAttempts} per URL.
 *
 * @param maxAttempts fetches of one URL per poll, the first included; 1 disables retries
 * @param baseDelay the backoff before the second attempt; it doubles with every further attempt
 * @param maxDelay the longest backoff
 * @param maxRetryAfter the longest {@code Retry-After} honoured within a poll; a server asking for
 *     more is left alone for that long and the URL waits for the next poll
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1");
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay and maxRetryAfter >= 0");
    }
  }

  /** Three attempts, 2 s then 4 s (with jitter), at most 1 min backoff, Retry-After up to 5 min. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(5));
  }

  /**
   * The wait before attempt {@code failedAttempts + 1}: {@code baseDelay * 2^(failedAttempts-1)}
   * capped at {@code maxDelay}, then jittered down to between half and all of it, so that many
   * URLs that failed together do not come back together.
   */
  public Duration backoff(int failedAttempts, RandomGenerator random) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be >= 1");
    }
    long base = baseDelay.toMillis();
    long cap = maxDelay.toMillis();
    int shift = Math.min(failedAttempts - 1, 62);
    // base * 2^shift without overflow: past cap >> shift the product is beyond the cap anyway.
    long full = base > (cap >> shift) ? cap : base << shift;
    long half = full / 2;
    return Duration.ofMillis(half + (full - half == 0 ? 0 : random.nextLong(full - half + 1)));
  }
}
