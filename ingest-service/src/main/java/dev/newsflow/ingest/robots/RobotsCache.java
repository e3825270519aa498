package dev.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (RFC 9309), fetched through the same {@link HttpFetcher} as pages (so the
 * same address guard, limits and User-Agent apply) and kept for a while.
 *
 * <p>Our policy on top of the parser: a 2xx robots.txt is parsed for our product token; 4xx
 * (except 429) and endless redirects mean "unavailable", so everything is allowed (2.3.1.3);
 * 5xx, 429, timeouts and network failures mean "unreachable", so everything is disallowed until
 * {@link RobotsSettings#unreachableRetryAfter()} has passed (2.3.1.4). Parsed rules and
 * "unavailable" are kept for {@link RobotsSettings#cacheFor()}.
 *
 * <p>Thread-safe. It does not serialise fetches itself: the caller keeps one request per host in
 * flight, which also keeps two fetches of one robots.txt from racing.
 */
public final class RobotsCache {
  private static final Logger log = LoggerFactory.getLogger(RobotsCache.class);

  private final HttpFetcher fetcher;
  private final RobotsSettings settings;
  private final Clock clock;
  private final Map<String, Cached> entries;

  private record Cached(RobotsRules rules, Instant expires) {}

  public RobotsCache(HttpFetcher fetcher, RobotsSettings settings, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    int capacity = settings.maxCachedHosts();
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The rules for {@code url}'s host if known and fresh, else null (then {@link #fetch} them). */
  public RobotsRules cached(URI url) {
    String key = key(url);
    synchronized (entries) {
      Cached e = entries.get(key);
      if (e == null) {
        return null;
      }
      if (!clock.instant().isBefore(e.expires)) {
        entries.remove(key);
        return null;
      }
      return e.rules;
    }
  }

  /**
   * Fetches, interprets and caches the robots.txt of {@code url}'s host: one request to the host.
   *
   * @throws FetchException when the robots.txt URL itself cannot be fetched for a reason that
   *     applies to every URL of the host (its address is refused, the URL is unusable): the page
   *     fails with the same reason
   */
  public RobotsRules fetch(URI url) throws FetchException {
    URI robotsUrl = robotsUrl(url);
    RobotsRules rules;
    Duration keep = settings.cacheFor();
    try {
      FetchResult result = fetcher.fetch(robotsUrl);
      rules = parse(robotsUrl, result.body(), result.contentType());
    } catch (FetchException e) {
      switch (e.kind()) {
        case ADDRESS_REFUSED, BAD_URL, UNSUPPORTED_SCHEME -> {
          if (e.url() == null || sameHost(e.url(), robotsUrl)) {
            throw e;
          }
          rules = RobotsRules.allowAll(); // only a redirect went somewhere we may not go
        }
        case HTTP_STATUS -> {
          if (e.status() >= 400 && e.status() < 500 && e.status() != 429) {
            rules = RobotsRules.allowAll();
          } else {
            rules = RobotsRules.disallowAll();
            keep = settings.unreachableRetryAfter();
          }
        }
        case TOO_MANY_REDIRECTS, REDIRECT_LOOP -> rules = RobotsRules.allowAll();
        default -> {
          rules = RobotsRules.disallowAll();
          keep = settings.unreachableRetryAfter();
        }
      }
      log.debug("robots.txt of {}: {} ({})", robotsUrl, rules.status(), e.getMessage());
    }
    synchronized (entries) {
      entries.put(key(url), new Cached(rules, clock.instant().plus(keep)));
    }
    return rules;
  }

  /** Parses a robots.txt body for our product token. */
  RobotsRules parse(URI robotsUrl, byte[] body, String contentType) {
    // The parser's own cap turns a long Crawl-delay into "disallow everything"; we cut it instead.
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    parser.setExactUserAgentMatching(true);
    BaseRobotRules parsed = parser.parseContent(
        robotsUrl.toString(), body, contentType == null ? "text/plain" : contentType, List.of(settings.productToken()));
    Duration delay = null;
    if (parsed.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && parsed.getCrawlDelay() > 0) {
      delay = Duration.ofMillis(parsed.getCrawlDelay());
      if (delay.compareTo(settings.maxCrawlDelay()) > 0) {
        delay = settings.maxCrawlDelay();
      }
    }
    return new RobotsRules(RobotsRules.Status.PARSED, delay, parsed);
  }

  static URI robotsUrl(URI url) {
    String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
    String authority = url.getRawAuthority();
    int at = authority == null ? -1 : authority.lastIndexOf('@');
    return URI.create(scheme + "://" + (at < 0 ? authority : authority.substring(at + 1)) + "/robots.txt");
  }

  /** RFC 9309 2.3: rules are per scheme, host and port. */
  static String key(URI url) {
    String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static boolean sameHost(URI a, URI b) {
    return key(a).equals(key(b));
  }
}
