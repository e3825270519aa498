package dev.newsflow.ingest.discover;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One item of a feed: where the article is, and what the feed says about it.
 *
 * @param link the article's absolute http(s) URL, resolved against the feed URL and xml:base
 * @param title the title as plain text, whitespace collapsed; null when the feed gives none
 * @param published when the feed says it was published (or last updated, when that is all it
 *     says), with the offset the feed gave; null when absent or unreadable
 */
public record FeedEntry(URI link, String title, OffsetDateTime published) {
  public FeedEntry {
    Objects.requireNonNull(link, "link");
    if (!link.isAbsolute()) {
      throw new IllegalArgumentException("link must be absolute: " + link);
    }
    if (title != null && title.isBlank()) {
      title = null;
    }
  }
}
