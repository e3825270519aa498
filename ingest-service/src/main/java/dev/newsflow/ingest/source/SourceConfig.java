package dev.newsflow.ingest.source;

import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.extract.ExtractionOverrides;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What to collect from one outlet.
 *
 * @param source the outlet as it appears in every article record
 * @param feeds RSS/Atom/JSON feeds whose items are articles
 * @param articleUrls article pages to fetch directly (a one-off URL list)
 * @param timeZone the outlet's time zone: times a page shows without an offset are read in it;
 *     null when unknown (such times are then left without a value rather than guessed)
 * @param languageHint the outlet's main language (BCP 47), or null
 * @param pollInterval how often the source is polled in continuous runs; null to use the
 *     service's interval
 * @param perHostDelay minimum time between two requests to one host for this source's URLs; the
 *     service's own per-host delay and robots.txt crawl-delay still apply when larger. Null when
 *     the source asks for nothing beyond the service's delay
 * @param limits bounds on how much one poll of the source does
 * @param discovery sitemaps, section pages and article URL patterns
 * @param extraction the source's own CSS selectors for body, title, byline, date and what to drop;
 *     {@link ExtractionOverrides#NONE} when the heuristics decide everything
 */
public record SourceConfig(
    Source source,
    List<URI> feeds,
    List<URI> articleUrls,
    ZoneId timeZone,
    String languageHint,
    Duration pollInterval,
    Duration perHostDelay,
    SourceLimits limits,
    Discovery discovery,
    ExtractionOverrides extraction) {

  public SourceConfig {
    Objects.requireNonNull(source, "source");
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    articleUrls = articleUrls == null ? List.of() : List.copyOf(articleUrls);
    limits = limits == null ? SourceLimits.NONE : limits;
    discovery = discovery == null ? Discovery.NONE : discovery;
    extraction = extraction == null ? ExtractionOverrides.NONE : extraction;
    if (feeds.isEmpty() && articleUrls.isEmpty() && !discovery.hasUrls()) {
      throw new IllegalArgumentException(
          "source " + source.id() + " has neither feeds, article URLs, sitemaps nor section pages");
    }
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (perHostDelay != null && perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative, was " + perHostDelay);
    }
  }

  /** A source whose pages are read by the heuristics alone. */
  public SourceConfig(
      Source source, List<URI> feeds, List<URI> articleUrls, ZoneId timeZone, String languageHint,
      Duration pollInterval, Duration perHostDelay, SourceLimits limits, Discovery discovery) {
    this(source, feeds, articleUrls, timeZone, languageHint, pollInterval, perHostDelay, limits, discovery,
        ExtractionOverrides.NONE);
  }

  /** A source found through its feeds and article URLs only. */
  public SourceConfig(
      Source source, List<URI> feeds, List<URI> articleUrls, ZoneId timeZone, String languageHint,
      Duration pollInterval, Duration perHostDelay, SourceLimits limits) {
    this(source, feeds, articleUrls, timeZone, languageHint, pollInterval, perHostDelay, limits, Discovery.NONE);
  }

  /** A source polled at the service's interval and delay, without limits. */
  public SourceConfig(Source source, List<URI> feeds, List<URI> articleUrls, ZoneId timeZone, String languageHint) {
    this(source, feeds, articleUrls, timeZone, languageHint, null, null, SourceLimits.NONE);
  }

  /** This source with other sitemaps, section pages and patterns. */
  public SourceConfig withDiscovery(Discovery discovery) {
    return new SourceConfig(source, feeds, articleUrls, timeZone, languageHint, pollInterval, perHostDelay, limits,
        discovery, extraction);
  }

  /** This source with other extraction selectors. */
  public SourceConfig withExtraction(ExtractionOverrides extraction) {
    return new SourceConfig(source, feeds, articleUrls, timeZone, languageHint, pollInterval, perHostDelay, limits,
        discovery, extraction);
  }
}
