package dev.newsflow.ingest.schedule;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The poll interval of each discovery page, adapted to how often it yields new articles.
 *
 * <p>A page that listed new articles is polled sooner next time (its interval shrinks by a fifth),
 * one that listed nothing new later (its interval grows by two fifths), always within bounds
 * relative to the interval the source is configured with (by default a quarter of it to four
 * times it: the operator's interval stays the centre of gravity). Growing faster than shrinking keeps quiet pages cheap while a busy
 * page reaches its short interval within a few polls; the rates are those of the adaptive
 * schedule long used by open-source crawlers (Apache Nutch's {@code AdaptiveFetchSchedule}:
 * increase 0.4, decrease 0.2). A failed poll leaves the interval alone: failures are the retry
 * policy's business, not a sign of how often the page changes.
 *
 * <p>A dated sitemap (its URL names a day or month, as news sites name their archive sitemaps)
 * that yields nothing new for {@code retireAfterQuietPolls} polls in a row is retired: its
 * articles are in, and polling it forever would only cost the host requests.
 *
 * <p>Thread-safe. Forgets nothing by itself: a few hundred bytes per page polled.
 */
public final class PollSchedule {
  private static final double GROW = 1.4;
  private static final double SHRINK = 0.8;

  // A year followed by a month (and maybe a day) in a path: /2024/03/, sitemap-2024-03-05.xml,
  // news_202403.xml. Years 1990-2099 keep numeric article ids from looking like dates.
  private static final Pattern DATED = Pattern.compile(
      "(?<![0-9])(?:199[0-9]|20[0-9]{2})[-_/.]?(?:0[1-9]|1[0-2])(?:[-_/.]?(?:0[1-9]|[12][0-9]|3[01]))?(?![0-9])");

  private final Policy policy;
  private final Map<String, State> pages = new ConcurrentHashMap<>();

  /**
   * @param minFactor the shortest interval a page can reach, as a fraction of its configured one
   * @param maxFactor the longest, as a multiple of the configured one
   * @param retireAfterQuietPolls polls in a row without anything new after which a dated sitemap
   *     is retired; 0 never retires
   */
  public record Policy(double minFactor, double maxFactor, int retireAfterQuietPolls) {
    public Policy {
      if (!(minFactor > 0) || !(maxFactor >= minFactor) || minFactor > 1 || maxFactor < 1
          || Double.isInfinite(maxFactor)) {
        throw new IllegalArgumentException(
            "need 0 < minFactor <= 1 <= maxFactor, was " + minFactor + " and " + maxFactor);
      }
      if (retireAfterQuietPolls < 0) {
        throw new IllegalArgumentException("retireAfterQuietPolls must not be negative");
      }
    }

    /** A quarter of the configured interval to four times it; dated sitemaps retire after 6 quiet polls. */
    public static Policy defaults() {
      return new Policy(0.25, 4, 6);
    }
  }

  /** What one poll of a page gave. */
  public enum Yield {
    /** It listed articles not seen before. */
    NEW_ARTICLES,
    /** It was read but listed nothing new (or answered "not modified"). */
    NOTHING_NEW,
    /** It could not be read. */
    FAILED
  }

  public PollSchedule(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** When {@code page} is due next; a page never polled is due at once. */
  public Instant due(URI page) {
    State state = pages.get(page.toString());
    return state == null ? Instant.MIN : state.due;
  }

  /** Whether {@code page} was retired and is to be polled no more. */
  public boolean retired(URI page) {
    State state = pages.get(page.toString());
    return state != null && state.retired;
  }

  /**
   * Records a poll of {@code page} that ended at {@code at} and returns the interval until the
   * next one.
   *
   * @param configured the page's starting interval (the source's poll interval)
   */
  public Duration polled(URI page, Instant at, Yield yield, Duration configured) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(yield, "yield");
    Objects.requireNonNull(configured, "configured");
    if (configured.isNegative() || configured.isZero()) {
      throw new IllegalArgumentException("configured interval must be positive, was " + configured);
    }
    Duration min = scale(configured, policy.minFactor());
    Duration max = scale(configured, policy.maxFactor());
    State next = pages.compute(page.toString(), (key, old) -> {
      Duration interval = old == null ? configured : old.interval;
      int quiet = old == null ? 0 : old.quietPolls;
      switch (yield) {
        case NEW_ARTICLES -> {
          interval = clamp(scale(interval, SHRINK), min, max);
          quiet = 0;
        }
        case NOTHING_NEW -> {
          interval = clamp(scale(interval, GROW), min, max);
          quiet++;
        }
        case FAILED -> interval = clamp(interval, min, max);
      }
      boolean retire = policy.retireAfterQuietPolls() > 0 && quiet >= policy.retireAfterQuietPolls()
          && isDated(page);
      return new State(interval, at.plus(interval), quiet, retire);
    });
    return next.interval;
  }

  /** Whether the page's URL names a month or a day, as archive sitemaps do. */
  static boolean isDated(URI page) {
    String path = page.getRawPath() == null ? "" : page.getRawPath();
    String query = page.getRawQuery() == null ? "" : page.getRawQuery();
    return DATED.matcher(path).find() || DATED.matcher(query).find();
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofMillis(Math.round(d.toMillis() * factor));
  }

  private record State(Duration interval, Instant due, int quietPolls, boolean retired) {}
}
