package dev.newsflow.common.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in config files and on the command line: {@code 500ms}, {@code
 * 2s}, {@code 10m}, {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT10M}).
 */
public final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** The duration, or null when {@code text} is not one. */
  public static Duration parseOrNull(String text) {
    String v = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
