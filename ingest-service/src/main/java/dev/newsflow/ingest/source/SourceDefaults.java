package dev.newsflow.ingest.source;

import java.time.Duration;
import java.util.Objects;

/**
 * What a source gets for the settings it does not give itself. The documented values live in
 * {@code sources-defaults.yaml} next to this class; a sources file may change them for its own
 * sources in a {@code defaults:} block.
 *
 * @param pollInterval how often a source is polled
 * @param perHostDelay minimum time between two requests to one host, or null for the service's
 * @param limits bounds on one poll
 */
public record SourceDefaults(Duration pollInterval, Duration perHostDelay, SourceLimits limits) {
  public SourceDefaults {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(limits, "limits");
  }
}
