package dev.newsflow.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "2s, PT2S", "10m, PT10M", "1h, PT1H", "1d, PT24H", "PT90S, PT1M30S", "pt5m, PT5M", "' 3 s ', PT3S"})
  void readsTheUsualForms(String input, String expected) {
    assertThat(Durations.parseOrNull(input)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten minutes", "5x", "m", "99999999999999999999s"})
  void anythingElseIsNull(String input) {
    assertThat(Durations.parseOrNull(input)).isNull();
  }

  @Property
  void neverThrows(@ForAll String input) {
    Durations.parseOrNull(input);
  }
}
