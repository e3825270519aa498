package dev.newsflow.ingest.discover;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A parsed sitemap: either a URL set (pages) or a sitemap index (more sitemaps to fetch).
 *
 * @param kind which of the two the document is
 * @param urls the pages of a URL set, in document order; empty for an index
 * @param sitemaps the child sitemaps of an index, in document order; empty for a URL set
 * @param skipped entries left out because their {@code <loc>} was missing or not an http(s) URL
 */
public record Sitemap(Kind kind, List<Url> urls, List<Child> sitemaps, int skipped) {

  /** The two kinds of sitemap documents. */
  public enum Kind {
    /** {@code <urlset>}: pages. */
    URL_SET,
    /** {@code <sitemapindex>}: other sitemaps. */
    INDEX
  }

  public Sitemap {
    Objects.requireNonNull(kind, "kind");
    urls = List.copyOf(urls);
    sitemaps = List.copyOf(sitemaps);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative");
    }
  }

  /**
   * A page of a URL set.
   *
   * @param location the page's absolute http(s) URL
   * @param lastModified {@code <lastmod>}, or null when absent or unreadable
   * @param news the Google News extension, or null when the entry has none
   */
  public record Url(URI location, OffsetDateTime lastModified, News news) {
    public Url {
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * What a Google News sitemap says about an article ({@code <news:news>}).
   *
   * @param publicationName {@code <news:publication><news:name>}, or null
   * @param language {@code <news:publication><news:language>} (ISO 639, e.g. {@code zh-cn}), or null
   * @param published {@code <news:publication_date>}, or null when absent or unreadable
   * @param title {@code <news:title>}, whitespace collapsed, or null
   */
  public record News(String publicationName, String language, OffsetDateTime published, String title) {}

  /**
   * A sitemap listed by an index.
   *
   * @param location the child sitemap's absolute http(s) URL
   * @param lastModified {@code <lastmod>}, or null when absent or unreadable
   */
  public record Child(URI location, OffsetDateTime lastModified) {
    public Child {
      Objects.requireNonNull(location, "location");
    }
  }
}
