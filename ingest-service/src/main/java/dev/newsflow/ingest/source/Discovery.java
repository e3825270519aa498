package dev.newsflow.ingest.source;

import dev.newsflow.ingest.discover.ArticlePatterns;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a source's articles are found beyond its feeds.
 *
 * @param sitemaps sitemap or sitemap-index URLs (Google News sitemaps included)
 * @param sitemapsFromRobots whether the {@code Sitemap:} lines of the robots.txt of the source's
 *     hosts are used too
 * @param sections section or home pages scanned for article links
 * @param articlePatterns which URLs are articles; without patterns, section links must look like
 *     articles
 */
public record Discovery(List<URI> sitemaps, boolean sitemapsFromRobots, List<URI> sections, ArticlePatterns articlePatterns) {
  /** Feeds and article URLs only. */
  public static final Discovery NONE = new Discovery(List.of(), false, List.of(), ArticlePatterns.NONE);

  public Discovery {
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
    sections = sections == null ? List.of() : List.copyOf(sections);
    articlePatterns = Objects.requireNonNullElse(articlePatterns, ArticlePatterns.NONE);
  }

  /** Whether this finds any URL by itself (robots.txt sitemaps need a host to start from). */
  boolean hasUrls() {
    return !sitemaps.isEmpty() || !sections.isEmpty();
  }
}
