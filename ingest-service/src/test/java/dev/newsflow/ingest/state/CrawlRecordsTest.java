package dev.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CrawlRecordsTest {
  private static final Instant AT = Instant.parse("2026-11-29T22:00:00Z");

  @Test
  void everyKindOfRecordSurvivesTheRoundTrip() throws Exception {
    for (CrawlRecord record : new CrawlRecord[] {
        CrawlRecord.published("https://example.org/a", "example.org", "id-1", "hash-1", "\"e1\"",
            "Sun, 29 Nov 2026 21:00:00 GMT", AT),
        CrawlRecord.failed("https://example.org/gone", "example.org", "http-status", AT),
        CrawlRecord.listed("https://example.org/feed.xml", "example.org", null, "Sun, 29 Nov 2026 21:00:00 GMT", AT)}) {
      assertThat(CrawlRecords.fromJson(CrawlRecords.toJson(record))).isEqualTo(record);
    }
  }

  @Test
  void recordIsSmallReadableJson() {
    String json = new String(CrawlRecords.toJson(
        CrawlRecord.published("https://example.org/a", "example.org", "id-1", "hash-1", null, null, AT)),
        StandardCharsets.UTF_8);
    assertThat(json).contains("\"status\":\"PUBLISHED\"", "\"at\":\"2026-11-29T22:00:00Z\"", "\"host\":\"example.org\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "null",
      "not json",
      "[]",
      "{}",
      "{\"url\":\"https://example.org/a\",\"host\":\"example.org\",\"status\":\"PUBLISHED\",\"at\":\"2026-11-29T22:00:00Z\"}",
      "{\"url\":\"https://example.org/a\",\"host\":\"example.org\",\"status\":\"FAILED\",\"at\":\"2026-11-29T22:00:00Z\"}",
      "{\"url\":\"https://example.org/a\",\"host\":\"example.org\",\"status\":\"EATEN\",\"at\":\"2026-11-29T22:00:00Z\"}",
      "{\"url\":\"https://example.org/a\",\"host\":\"example.org\",\"status\":\"LISTED\",\"at\":\"yesterday\"}",
      "{\"url\":\" \",\"host\":\"example.org\",\"status\":\"LISTED\",\"at\":\"2026-11-29T22:00:00Z\"}"})
  void anythingButAValidRecordIsRefusedWithAReason(String json) {
    assertThatThrownBy(() -> CrawlRecords.fromJson(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CrawlRecordFormatException.class,
            e -> assertThat(e.reason()).isEqualTo("malformed-crawl-record"));
  }
}
