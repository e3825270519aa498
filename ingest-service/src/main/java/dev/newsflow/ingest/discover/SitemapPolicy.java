package dev.newsflow.ingest.discover;

import java.time.Duration;
import java.util.Objects;

/**
 * How far sitemaps are followed in one poll of a source.
 *
 * @param maxDepth how many index levels are followed below a configured sitemap (a child of an
 *     index is at depth 1, a child of that child's index at depth 2); deeper indexes are ignored
 * @param maxChildrenPerPoll child sitemaps fetched per source and poll, newest first; news sites
 *     keep years of archive sitemaps in their indexes, and only the recent ones hold new articles
 * @param recentWindow how old a {@code <lastmod>} may be: older child sitemaps and pages are left
 *     out (entries without a date are always taken)
 */
public record SitemapPolicy(int maxDepth, int maxChildrenPerPoll, Duration recentWindow) {
  public SitemapPolicy {
    Objects.requireNonNull(recentWindow, "recentWindow");
    if (maxDepth < 0 || maxChildrenPerPoll < 0) {
      throw new IllegalArgumentException("maxDepth and maxChildrenPerPoll must not be negative");
    }
    if (recentWindow.isNegative() || recentWindow.isZero()) {
      throw new IllegalArgumentException("recentWindow must be positive, was " + recentWindow);
    }
  }

  /** Depth 2, 50 child sitemaps per poll, the last 2 days. */
  public static SitemapPolicy defaults() {
    return new SitemapPolicy(2, 50, Duration.ofDays(2));
  }
}
