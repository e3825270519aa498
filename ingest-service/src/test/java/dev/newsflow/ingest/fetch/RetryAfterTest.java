package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
      120                            ; PT2M
      0                              ; PT0S
      '  7 '                         ; PT7S
      Sun, 01 Mar 2026 12:01:30 GMT  ; PT1M30S
      Sun, 01 Mar 2026 11:00:00 GMT  ; PT0S
      soon                           ; null
      -5                             ; null
      1.5                            ; null
      ''                             ; null
      null                           ; null
      """)
  void readsSecondsOrAnHttpDateAndIgnoresTheRest(String header, String expected) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(expected == null ? null : Duration.parse(expected));
  }
}
