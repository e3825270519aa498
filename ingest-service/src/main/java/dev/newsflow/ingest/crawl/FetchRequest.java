package dev.newsflow.ingest.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A URL to fetch politely, with what the caller needs back when it is done.
 *
 * @param url the URL
 * @param minDelay the least time between requests to its host that its source asks for; the
 *     fetcher's own delay and the host's crawl-delay apply when larger
 * @param context anything the caller wants handed back with the outcome; may be null
 */
public record FetchRequest<C>(URI url, Duration minDelay, C context) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    minDelay = minDelay == null ? Duration.ZERO : minDelay;
  }
}
