package dev.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalRecordsTest {
  private static final Instant T0 = Instant.parse("2026-11-29T22:00:00Z");

  @Test
  void anOlderRecordReadBackLaterDoesNotUndoANewerOne() {
    LocalRecords records = new LocalRecords(10);
    CrawlRecord newer = CrawlRecord.published("https://a.example/1", "a.example", "id", "h2", null, null, T0.plusSeconds(5));
    records.put(newer);
    records.put(CrawlRecord.published("https://a.example/1", "a.example", "id", "h1", null, null, T0));
    assertThat(records.get("https://a.example/1")).isEqualTo(newer);
  }

  @Test
  void beyondCapacityTheLeastRecentlyUsedIsForgotten() {
    LocalRecords records = new LocalRecords(2);
    records.put(CrawlRecord.failed("https://a.example/1", "a.example", "gone", T0));
    records.put(CrawlRecord.failed("https://a.example/2", "a.example", "gone", T0));
    records.get("https://a.example/1");
    records.put(CrawlRecord.failed("https://a.example/3", "a.example", "gone", T0));
    assertThat(records.get("https://a.example/2")).isNull();
    assertThat(records.get("https://a.example/1")).isNotNull();
    assertThat(records.size()).isEqualTo(2);
  }

  @Test
  void recordsOfHandedOverHostsAreDropped() {
    LocalRecords records = new LocalRecords(10);
    records.put(CrawlRecord.failed("https://a.example/1", "a.example", "gone", T0));
    records.put(CrawlRecord.failed("https://b.example/1", "b.example", "gone", T0));
    assertThat(records.removeIf(r -> r.host().equals("a.example"))).isEqualTo(1);
    assertThat(records.get("https://a.example/1")).isNull();
    assertThat(records.get("https://b.example/1")).isNotNull();
  }
}
