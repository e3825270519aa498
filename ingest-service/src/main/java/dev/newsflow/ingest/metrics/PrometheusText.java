package dev.newsflow.ingest.metrics;

import dev.newsflow.common.ops.Prometheus;
import dev.newsflow.ingest.metrics.CrawlMetrics.FetchCount;
import dev.newsflow.ingest.metrics.CrawlMetrics.HostBytes;
import dev.newsflow.ingest.metrics.CrawlMetrics.LatencySnapshot;
import dev.newsflow.ingest.metrics.CrawlMetrics.Snapshot;
import dev.newsflow.ingest.metrics.CrawlMetrics.SourceCounts;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Snapshot} in the Prometheus text exposition format (version 0.0.4), the format
 * every common scraper reads. Metric names start with {@code newsflow_ingest_}.
 */
public final class PrometheusText {
  private PrometheusText() {}

  /** The snapshot as exposition text. */
  public static String format(Snapshot snapshot) {
    StringBuilder out = new StringBuilder(4096);
    header(out, "fetches_total", "counter", "Fetches of feeds, sitemaps, section pages and articles, by outcome.");
    for (FetchCount f : snapshot.fetches()) {
      sample(out, "fetches_total", labels("source", f.sourceId(), "host", f.host(), "outcome", f.outcome()), f.count());
    }
    header(out, "bytes_total", "counter", "Body bytes received.");
    for (HostBytes b : snapshot.bytes()) {
      sample(out, "bytes_total", labels("source", b.sourceId(), "host", b.host()), b.bytes());
    }
    header(out, "discovered_total", "counter", "New article URLs listed by feeds, sitemaps and section pages.");
    snapshot.sources().forEach(s -> sample(out, "discovered_total", source(s), s.discovered()));
    header(out, "published_total", "counter", "Articles published.");
    snapshot.sources().forEach(s -> sample(out, "published_total", source(s), s.published()));
    header(out, "duplicates_skipped_total", "counter", "Articles not published again because nothing changed.");
    snapshot.sources().forEach(s -> sample(out, "duplicates_skipped_total", source(s), s.duplicatesSkipped()));
    header(out, "last_discovery_timestamp_seconds", "gauge",
        "When a source last listed a new article URL (Unix time); alert when it stops moving.");
    for (SourceCounts s : snapshot.sources()) {
      if (s.lastDiscovery() != null) {
        out.append("newsflow_ingest_last_discovery_timestamp_seconds").append(source(s)).append(' ')
            .append(s.lastDiscovery().getEpochSecond()).append('\n');
      }
    }
    header(out, "publication_delay_seconds", "histogram",
        "Time from an article's own publication time to its publication in Kafka.");
    for (SourceCounts s : snapshot.sources()) {
      histogram(out, s.sourceId(), s.publicationToPublish());
    }
    for (Map.Entry<String, Integer> g : snapshot.gauges().entrySet()) {
      header(out, g.getKey(), "gauge", g.getKey().replace('_', ' ') + ".");
      sample(out, g.getKey(), "", g.getValue());
    }
    return out.toString();
  }

  private static void histogram(StringBuilder out, String sourceId, LatencySnapshot l) {
    for (int i = 0; i < CrawlMetrics.LATENCY_BUCKETS.size(); i++) {
      out.append("newsflow_ingest_publication_delay_seconds_bucket")
          .append(labels("source", sourceId, "le", seconds(CrawlMetrics.LATENCY_BUCKETS.get(i))))
          .append(' ').append(l.cumulativeBuckets().get(i)).append('\n');
    }
    out.append("newsflow_ingest_publication_delay_seconds_bucket").append(labels("source", sourceId, "le", "+Inf"))
        .append(' ').append(l.count()).append('\n');
    out.append("newsflow_ingest_publication_delay_seconds_sum").append(labels("source", sourceId)).append(' ')
        .append(seconds(l.sum())).append('\n');
    out.append("newsflow_ingest_publication_delay_seconds_count").append(labels("source", sourceId)).append(' ')
        .append(l.count()).append('\n');
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP newsflow_ingest_").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE newsflow_ingest_").append(name).append(' ').append(type).append('\n');
  }

  private static void sample(StringBuilder out, String name, String labels, long value) {
    out.append("newsflow_ingest_").append(name).append(labels).append(' ').append(value).append('\n');
  }

  private static String source(SourceCounts s) {
    return labels("source", s.sourceId());
  }

  private static String labels(String... namesAndValues) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        b.append(',');
      }
      b.append(namesAndValues[i]).append("=\"").append(Prometheus.labelValue(namesAndValues[i + 1])).append('"');
    }
    return b.append('}').toString();
  }

}
