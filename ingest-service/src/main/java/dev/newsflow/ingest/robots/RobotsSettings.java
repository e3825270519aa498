package dev.newsflow.ingest.robots;

import java.time.Duration;
import java.util.Objects;

/**
 * How robots.txt is obeyed.
 *
 * @param productToken the name matched against {@code User-agent} lines (RFC 9309 2.2.1); it is
 *     the product token of our User-Agent header
 * @param cacheFor how long a fetched robots.txt (or a 4xx answer) is used before fetching it again
 *     (RFC 9309 2.4 asks for at most 24 hours)
 * @param unreachableRetryAfter how long a host whose robots.txt answered 5xx, 429 or not at all is
 *     treated as disallowing everything before robots.txt is tried again
 * @param maxCrawlDelay the longest {@code Crawl-delay} honoured; a larger one is cut to this, so
 *     one host cannot ask for a day between requests and stall its source
 * @param maxCachedHosts how many hosts' rules are kept; the least recently used go first
 */
public record RobotsSettings(
    String productToken, Duration cacheFor, Duration unreachableRetryAfter, Duration maxCrawlDelay, int maxCachedHosts) {

  public RobotsSettings {
    Objects.requireNonNull(productToken, "productToken");
    Objects.requireNonNull(cacheFor, "cacheFor");
    Objects.requireNonNull(unreachableRetryAfter, "unreachableRetryAfter");
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    if (!productToken.matches("[A-Za-z_-]+")) {
      throw new IllegalArgumentException("a product token is letters, '_' and '-' (RFC 9309 2.2.1): " + productToken);
    }
    if (cacheFor.isNegative() || unreachableRetryAfter.isNegative() || maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (maxCachedHosts < 1) {
      throw new IllegalArgumentException("maxCachedHosts must be >= 1");
    }
  }

  /** Product token {@code newsflow}, 24 h cache, 10 min after an unreachable robots.txt, crawl-delay up to 30 s. */
  public static RobotsSettings defaults() {
    return new RobotsSettings("newsflow", Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(30), 100_000);
  }
}
