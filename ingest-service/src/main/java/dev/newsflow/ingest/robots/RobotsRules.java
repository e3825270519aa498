package dev.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What one host's robots.txt lets us do.
 *
 * @param status how the rules came about
 * @param crawlDelay the {@code Crawl-delay} asked for (already capped), or null when none
 */
public record RobotsRules(Status status, Duration crawlDelay, BaseRobotRules parsed) {

  /** How the rules came about (RFC 9309 2.3.1). */
  public enum Status {
    /** A robots.txt was fetched and parsed. */
    PARSED,
    /** robots.txt is "unavailable" (4xx, too many redirects): everything is allowed. */
    UNAVAILABLE,
    /** robots.txt is "unreachable" (5xx, 429, network failure): everything is disallowed for a while. */
    UNREACHABLE
  }

  public RobotsRules {
    Objects.requireNonNull(status, "status");
    if (status == Status.PARSED) {
      Objects.requireNonNull(parsed, "parsed");
    }
  }

  static RobotsRules allowAll() {
    return new RobotsRules(Status.UNAVAILABLE, null, null);
  }

  static RobotsRules disallowAll() {
    return new RobotsRules(Status.UNREACHABLE, null, null);
  }

  /** Whether {@code url} may be fetched. */
  public boolean allows(URI url) {
    return switch (status) {
      case UNAVAILABLE -> true;
      case UNREACHABLE -> false;
      case PARSED -> parsed.isAllowed(url.toString());
    };
  }
}
