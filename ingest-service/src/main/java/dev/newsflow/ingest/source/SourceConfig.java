package dev.newsflow.ingest.source;

import dev.newsflow.common.article.Source;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What to collect from one outlet.
 *
 * @param source the outlet as it appears in every article record
 * @param feeds RSS/Atom feeds whose items are articles
 * @param articleUrls article pages to fetch directly (a one-off URL list)
 * @param timeZone the outlet's time zone: times a page shows without an offset are read in it;
 *     null when unknown (such times are then left without a value rather than guessed)
 * @param languageHint the outlet's main language (BCP 47), or null
 */
public record SourceConfig(Source source, List<URI> feeds, List<URI> articleUrls, ZoneId timeZone, String languageHint) {
  public SourceConfig {
    Objects.requireNonNull(source, "source");
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    articleUrls = articleUrls == null ? List.of() : List.copyOf(articleUrls);
    if (feeds.isEmpty() && articleUrls.isEmpty()) {
      throw new IllegalArgumentException("source " + source.id() + " has neither feeds nor article URLs");
    }
  }
}
