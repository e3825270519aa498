package dev.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Objects;

/**
 * What one host's robots.txt lets us do.
 *
 * @param status how the rules came about
 * @param crawlDelay the {@code Crawl-delay} asked for (already capped), or null when none
 */
public record RobotsRules(Status status, Duration crawlDelay, BaseRobotRules parsed) {
  /** Sitemap lines beyond this many are ignored; a robots.txt is no sitemap index. */
  public static final int MAX_SITEMAPS = 100;

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

  /**
   * The sitemaps robots.txt lists on its {@code Sitemap:} lines: absolute http(s) URLs only, in
   * file order, at most {@value #MAX_SITEMAPS}.
   */
  public List<URI> sitemaps() {
    if (status != Status.PARSED) {
      return List.of();
    }
    List<URI> sitemaps = new ArrayList<>();
    for (String line : parsed.getSitemaps()) {
      if (sitemaps.size() >= MAX_SITEMAPS) {
        break;
      }
      try {
        URI url = new URI(line.strip());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null && !sitemaps.contains(url)) {
          sitemaps.add(url);
        }
      } catch (URISyntaxException e) {
        // A line that is not a URL names no sitemap.
      }
    }
    return List.copyOf(sitemaps);
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
