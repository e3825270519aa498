package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "2s, PT2S", "10m, PT10M", "1h, PT1H", "1d, PT24H", "PT90S, PT1M30S", "pt5m, PT5M", "' 3 s ', PT3S"})
  void readsTheUsualForms(String input, String expected) {
    assertThat(DurationConverter.parse(input)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten minutes", "5x", "-5s", "m"})
  void rejectsAnythingElseWithAClearMessage(String input) {
    assertThatThrownBy(() -> DurationConverter.parse(input))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not a duration");
  }
}
