package dev.newsflow.ingest.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Counters of one ingest instance, updated from worker threads and read by whoever reports them.
 *
 * <p>Label values come from configuration (source ids), from URLs (hosts) and from the stable
 * reason codes of failed fetches, so the number of series grows with the sources configured, not
 * with the pages crawled. Thread-safe; recording never blocks on a reader.
 */
public final class CrawlMetrics {
  /** The outcome label of a fetch that returned a page. */
  public static final String OK = "ok";
  /** The outcome label of a conditional fetch answered "not modified". */
  public static final String NOT_MODIFIED = "not-modified";

  /**
   * Upper bounds of the publication-to-publish latency histogram: from a minute to a week, since
   * feeds list articles from minutes to days old.
   */
  static final List<Duration> LATENCY_BUCKETS = List.of(
      Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
      Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7));

  private final Map<FetchKey, LongAdder> fetches = new ConcurrentHashMap<>();
  private final Map<HostKey, LongAdder> bytes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> published = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> duplicates = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> discovered = new ConcurrentHashMap<>();
  private final Map<String, AtomicReference<Instant>> lastDiscovery = new ConcurrentHashMap<>();
  private final Map<String, Latency> latency = new ConcurrentHashMap<>();
  private final Map<String, IntSupplier> gauges = new ConcurrentHashMap<>();

  /**
   * One fetch of a feed, sitemap, section page or article.
   *
   * @param outcome {@link #OK}, {@link #NOT_MODIFIED} or the failure's reason code (such as
   *     {@code http-404}, {@code timeout}, {@code robots-disallowed})
   * @param bodyBytes bytes received (0 when nothing was)
   */
  public void fetched(String sourceId, String host, String outcome, long bodyBytes) {
    fetches.computeIfAbsent(new FetchKey(sourceId, host, outcome), k -> new LongAdder()).increment();
    if (bodyBytes > 0) {
      bytes.computeIfAbsent(new HostKey(sourceId, host), k -> new LongAdder()).add(bodyBytes);
    }
  }

  /**
   * A discovery page (feed, sitemap, section page) of the source listed {@code articleUrls} article
   * URLs not seen before: a source whose count stops growing has stopped yielding.
   */
  public void discovered(String sourceId, int articleUrls, Instant at) {
    Objects.requireNonNull(at, "at");
    counter(discovered, sourceId).add(articleUrls);
    if (articleUrls > 0) {
      lastDiscovery.computeIfAbsent(sourceId, k -> new AtomicReference<>())
          .accumulateAndGet(at, (old, now) -> old == null || now.isAfter(old) ? now : old);
    }
  }

  /**
   * An article of the source went to Kafka.
   *
   * @param sincePublication how long after the article's own publication time, or null when the
   *     article has none (or claims a time in the future)
   */
  public void published(String sourceId, Duration sincePublication) {
    counter(published, sourceId).increment();
    if (sincePublication != null && !sincePublication.isNegative()) {
      latency.computeIfAbsent(sourceId, k -> new Latency()).record(sincePublication);
    }
  }

  /** An article URL already published with the same content, so not published again. */
  public void duplicateSkipped(String sourceId) {
    counter(duplicates, sourceId).increment();
  }

  /**
   * A value read when reported, such as a queue depth. A later registration under the same name
   * replaces the earlier one.
   */
  public void gauge(String name, IntSupplier value) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("gauge names are lower_snake_case, was " + name);
    }
    gauges.put(name, Objects.requireNonNull(value, "value"));
  }

  /** A consistent-enough copy for reporting: each number is exact, the set is not atomic. */
  public Snapshot snapshot() {
    List<FetchCount> fetchCounts = new ArrayList<>();
    fetches.forEach((k, v) -> fetchCounts.add(new FetchCount(k.sourceId, k.host, k.outcome, v.sum())));
    fetchCounts.sort(Comparator.comparing(FetchCount::sourceId).thenComparing(FetchCount::host)
        .thenComparing(FetchCount::outcome));
    List<HostBytes> hostBytes = new ArrayList<>();
    bytes.forEach((k, v) -> hostBytes.add(new HostBytes(k.sourceId, k.host, v.sum())));
    hostBytes.sort(Comparator.comparing(HostBytes::sourceId).thenComparing(HostBytes::host));

    java.util.Set<String> sources = new java.util.TreeSet<>();
    sources.addAll(published.keySet());
    sources.addAll(duplicates.keySet());
    sources.addAll(discovered.keySet());
    fetches.keySet().forEach(k -> sources.add(k.sourceId));
    List<SourceCounts> perSource = new ArrayList<>();
    for (String id : sources) {
      AtomicReference<Instant> last = lastDiscovery.get(id);
      Latency l = latency.get(id);
      perSource.add(new SourceCounts(id, sum(discovered, id), sum(published, id), sum(duplicates, id),
          last == null ? null : last.get(), l == null ? LatencySnapshot.EMPTY : l.snapshot()));
    }
    Map<String, Integer> gaugeValues = new java.util.TreeMap<>();
    gauges.forEach((name, supplier) -> gaugeValues.put(name, supplier.getAsInt()));
    return new Snapshot(List.copyOf(fetchCounts), List.copyOf(hostBytes), List.copyOf(perSource),
        Map.copyOf(gaugeValues));
  }

  private static LongAdder counter(Map<String, LongAdder> map, String sourceId) {
    return map.computeIfAbsent(Objects.requireNonNull(sourceId, "sourceId"), k -> new LongAdder());
  }

  private static long sum(Map<String, LongAdder> map, String key) {
    LongAdder adder = map.get(key);
    return adder == null ? 0 : adder.sum();
  }

  private record FetchKey(String sourceId, String host, String outcome) {
    FetchKey {
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  private record HostKey(String sourceId, String host) {}

  /** A cumulative histogram over {@link #LATENCY_BUCKETS}, plus count, sum and maximum. */
  private static final class Latency {
    private final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS.size()];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumMillis = new LongAdder();
    private final AtomicLong maxMillis = new AtomicLong();

    Latency() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void record(Duration d) {
      long millis = d.toMillis();
      for (int i = 0; i < buckets.length; i++) {
        if (millis <= LATENCY_BUCKETS.get(i).toMillis()) {
          buckets[i].increment();
        }
      }
      count.increment();
      sumMillis.add(millis);
      maxMillis.accumulateAndGet(millis, Math::max);
    }

    LatencySnapshot snapshot() {
      long[] cumulative = new long[buckets.length];
      for (int i = 0; i < buckets.length; i++) {
        cumulative[i] = buckets[i].sum();
      }
      return new LatencySnapshot(count.sum(), Duration.ofMillis(sumMillis.sum()), Duration.ofMillis(maxMillis.get()),
          java.util.Arrays.stream(cumulative).boxed().toList());
    }
  }

  /** Everything counted so far. */
  public record Snapshot(
      List<FetchCount> fetches, List<HostBytes> bytes, List<SourceCounts> sources, Map<String, Integer> gauges) {

    /** The counts of one source, or an all-zero record when it has none yet. */
    public SourceCounts source(String sourceId) {
      return sources.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst()
          .orElse(new SourceCounts(sourceId, 0, 0, 0, null, LatencySnapshot.EMPTY));
    }

    /** Fetches of {@code host} (any source) that ended with {@code outcome}. */
    public long fetches(String host, String outcome) {
      return fetches.stream().filter(f -> f.host().equals(host) && f.outcome().equals(outcome))
          .mapToLong(FetchCount::count).sum();
    }
  }

  /** Fetches of one host for one source that ended one way. */
  public record FetchCount(String sourceId, String host, String outcome, long count) {}

  /** Body bytes received from one host for one source. */
  public record HostBytes(String sourceId, String host, long bytes) {}

  /**
   * One source's totals.
   *
   * @param discovered article URLs not seen before that its discovery pages listed
   * @param lastDiscovery when a feed, sitemap or section page of the source last listed an article
   *     URL not seen before; null when none has yet
   */
  public record SourceCounts(
      String sourceId, long discovered, long published, long duplicatesSkipped, Instant lastDiscovery,
      LatencySnapshot publicationToPublish) {}

  /**
   * The publication-to-publish delays of one source.
   *
   * @param cumulativeBuckets how many were at most each of {@link #LATENCY_BUCKETS}, in order
   */
  public record LatencySnapshot(long count, Duration sum, Duration max, List<Long> cumulativeBuckets) {
    static final LatencySnapshot EMPTY = new LatencySnapshot(
        0, Duration.ZERO, Duration.ZERO, java.util.Collections.nCopies(LATENCY_BUCKETS.size(), 0L));
  }
}
