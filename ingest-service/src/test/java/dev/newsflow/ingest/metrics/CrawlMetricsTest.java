package dev.newsflow.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.metrics.CrawlMetrics.FetchCount;
import dev.newsflow.ingest.metrics.CrawlMetrics.SourceCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CrawlMetricsTest {
  private final CrawlMetrics metrics = new CrawlMetrics();

  @Test
  void countsFetchesPerSourceHostAndOutcomeAndBytesPerHost() {
    metrics.fetched("cd", "www.chinadaily.com.cn", CrawlMetrics.OK, 1200);
    metrics.fetched("cd", "www.chinadaily.com.cn", CrawlMetrics.OK, 800);
    metrics.fetched("cd", "www.chinadaily.com.cn", "http-404", 0);
    metrics.fetched("lm", "www.lemonde.fr", "robots-disallowed", 0);

    CrawlMetrics.Snapshot snapshot = metrics.snapshot();

    assertThat(snapshot.fetches()).containsExactly(
        new FetchCount("cd", "www.chinadaily.com.cn", "http-404", 1),
        new FetchCount("cd", "www.chinadaily.com.cn", "ok", 2),
        new FetchCount("lm", "www.lemonde.fr", "robots-disallowed", 1));
    assertThat(snapshot.bytes()).containsExactly(new CrawlMetrics.HostBytes("cd", "www.chinadaily.com.cn", 2000));
    assertThat(snapshot.fetches("www.lemonde.fr", "robots-disallowed")).isEqualTo(1);
  }

  @Test
  void lastDiscoveryMovesOnlyForwardAndOnlyWhenSomethingWasListed() {
    Instant t1 = Instant.parse("2026-11-29T10:00:00Z");
    Instant t2 = Instant.parse("2026-11-29T11:00:00Z");

    metrics.discovered("cd", 3, t2);
    metrics.discovered("cd", 5, t1); // a slower worker reporting an older pass
    metrics.discovered("cd", 0, Instant.parse("2026-11-29T12:00:00Z")); // an empty feed

    SourceCounts cd = metrics.snapshot().source("cd");
    assertThat(cd.lastDiscovery()).isEqualTo(t2);
    assertThat(cd.discovered()).isEqualTo(8);
  }

  @Test
  void sourceThatNeverListedAnythingHasNoLastDiscovery() {
    metrics.discovered("quiet", 0, Instant.parse("2026-11-29T12:00:00Z"));

    assertThat(metrics.snapshot().source("quiet").lastDiscovery()).isNull();
    assertThat(metrics.snapshot().source("unknown")).isEqualTo(
        new SourceCounts("unknown", 0, 0, 0, null, CrawlMetrics.LatencySnapshot.EMPTY));
  }

  @Test
  void publicationDelayFillsCumulativeBucketsAndIgnoresUnknownOrFutureTimes() {
    metrics.published("cd", Duration.ofSeconds(30));
    metrics.published("cd", Duration.ofMinutes(10));
    metrics.published("cd", Duration.ofDays(30));
    metrics.published("cd", null);
    metrics.published("cd", Duration.ofMinutes(-5));

    SourceCounts cd = metrics.snapshot().source("cd");
    assertThat(cd.published()).isEqualTo(5);
    assertThat(cd.publicationToPublish().count()).isEqualTo(3);
    // 1 min, 5 min, 15 min, 1 h, 6 h, 1 d, 7 d
    assertThat(cd.publicationToPublish().cumulativeBuckets()).containsExactly(1L, 1L, 2L, 2L, 2L, 2L, 2L);
    assertThat(cd.publicationToPublish().max()).isEqualTo(Duration.ofDays(30));
    assertThat(cd.publicationToPublish().sum()).isEqualTo(Duration.ofSeconds(30).plusMinutes(10).plusDays(30));
  }

  @Test
  void duplicatesAreCountedPerSource() {
    metrics.duplicateSkipped("cd");
    metrics.duplicateSkipped("cd");

    assertThat(metrics.snapshot().source("cd").duplicatesSkipped()).isEqualTo(2);
  }

  @Test
  void gaugesAreReadWhenReportedAndNamesMustBeSnakeCase() {
    AtomicInteger depth = new AtomicInteger(3);
    metrics.gauge("queued_urls", depth::get);
    depth.set(7);

    assertThat(metrics.snapshot().gauges()).containsEntry("queued_urls", 7);
    assertThatThrownBy(() -> metrics.gauge("Queued URLs", depth::get))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower_snake_case");
  }

  @Test
  void concurrentRecordingLosesNothing() throws Exception {
    int threads = 8;
    int each = 10_000;
    List<Thread> workers = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < each; i++) {
          metrics.fetched("s", "h", CrawlMetrics.OK, 1);
          metrics.published("s", Duration.ofSeconds(1));
        }
      }));
    }
    for (Thread w : workers) {
      w.join();
    }

    CrawlMetrics.Snapshot snapshot = metrics.snapshot();
    assertThat(snapshot.fetches("h", CrawlMetrics.OK)).isEqualTo((long) threads * each);
    assertThat(snapshot.source("s").published()).isEqualTo((long) threads * each);
    assertThat(snapshot.source("s").publicationToPublish().count()).isEqualTo((long) threads * each);
  }
}
