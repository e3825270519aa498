package dev.newsflow.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  // One sample line of the text format: name, optional labels with escaped values, a number.
  private static final Pattern SAMPLE = Pattern.compile(
      "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\\\\\"\\n])*\",?)*\\})? -?[0-9.+Inf]+");

  @Test
  void writesCountersHistogramAndGaugesInTheTextFormat() {
    CrawlMetrics metrics = new CrawlMetrics();
    metrics.fetched("cd", "www.chinadaily.com.cn", CrawlMetrics.OK, 2048);
    metrics.discovered("cd", 4, Instant.parse("2026-11-29T10:00:00Z"));
    metrics.published("cd", Duration.ofMinutes(3));
    metrics.gauge("queued_urls", () -> 12);

    String text = PrometheusText.format(metrics.snapshot());

    assertThat(text).contains(
        "# TYPE newsflow_ingest_fetches_total counter\n",
        "newsflow_ingest_fetches_total{source=\"cd\",host=\"www.chinadaily.com.cn\",outcome=\"ok\"} 1\n",
        "newsflow_ingest_bytes_total{source=\"cd\",host=\"www.chinadaily.com.cn\"} 2048\n",
        "newsflow_ingest_discovered_total{source=\"cd\"} 4\n",
        "newsflow_ingest_published_total{source=\"cd\"} 1\n",
        "newsflow_ingest_last_discovery_timestamp_seconds{source=\"cd\"} 1795946400\n",
        "newsflow_ingest_publication_delay_seconds_bucket{source=\"cd\",le=\"60.000\"} 0\n",
        "newsflow_ingest_publication_delay_seconds_bucket{source=\"cd\",le=\"300.000\"} 1\n",
        "newsflow_ingest_publication_delay_seconds_bucket{source=\"cd\",le=\"+Inf\"} 1\n",
        "newsflow_ingest_publication_delay_seconds_sum{source=\"cd\"} 180.000\n",
        "newsflow_ingest_publication_delay_seconds_count{source=\"cd\"} 1\n",
        "newsflow_ingest_queued_urls 12\n");
    assertEveryLineIsValid(text);
  }

  @Property
  void anySourceIdGivesWellFormedOutput(@ForAll String sourceId, @ForAll String outcome) {
    CrawlMetrics metrics = new CrawlMetrics();
    metrics.fetched(sourceId, "host.example", outcome, 1);
    metrics.published(sourceId, Duration.ofSeconds(5));

    assertEveryLineIsValid(PrometheusText.format(metrics.snapshot()));
  }

  private static void assertEveryLineIsValid(String text) {
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) {
      if (!line.startsWith("# HELP ") && !line.startsWith("# TYPE ")) {
        assertThat(line).matches(SAMPLE);
      }
    }
  }
}
