package dev.newsflow.cli;

import dev.newsflow.common.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people write them: {@code 500ms}, {@code 2s}, {@code 10m}, {@code 1h}, or ISO {@code PT10M}. */
final class DurationConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String value) {
    Duration duration = Durations.parseOrNull(value);
    if (duration == null || duration.isNegative()) {
      throw new TypeConversionException("'" + value + "' is not a duration (examples: 500ms, 2s, 10m, 1h)");
    }
    return duration;
  }
}
