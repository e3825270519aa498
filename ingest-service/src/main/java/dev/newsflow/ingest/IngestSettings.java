package dev.newsflow.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How ingest-service behaves.
 *
 * @param perHostDelay minimum time between two requests to the same host
 * @param maxRememberedUrls how many published URLs are remembered to skip re-fetching them; the
 *     oldest are forgotten first, so memory stays bounded in continuous runs
 */
public record IngestSettings(Duration perHostDelay, int maxRememberedUrls) {
  public IngestSettings {
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative");
    }
    if (maxRememberedUrls < 1) {
      throw new IllegalArgumentException("maxRememberedUrls must be >= 1");
    }
  }

  public static IngestSettings defaults() {
    return new IngestSettings(Duration.ofSeconds(2), 200_000);
  }
}
