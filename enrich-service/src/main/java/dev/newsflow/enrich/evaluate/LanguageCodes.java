package dev.newsflow.enrich.evaluate;

import java.util.Locale;
import java.util.Map;

/**
 * Brings a detector's answer to the form gold labels have, so that only the language is compared:
 * the primary subtag ({@code zh-Hans}, {@code zh_CN} → {@code zh}), Norwegian {@code no} →
 * {@code nb}, Java's legacy codes and common ISO 639-3 individual codes → their ISO 639-1 code.
 */
final class LanguageCodes {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("no", "nb"),
      Map.entry("iw", "he"),
      Map.entry("in", "id"),
      Map.entry("ji", "yi"),
      Map.entry("cmn", "zh"),
      Map.entry("arb", "ar"),
      Map.entry("pes", "fa"),
      Map.entry("zsm", "ms"),
      Map.entry("nob", "nb"),
      Map.entry("nno", "nn"),
      Map.entry("ekk", "et"),
      Map.entry("lvs", "lv"),
      Map.entry("swh", "sw"),
      Map.entry("gaz", "om"),
      Map.entry("khk", "mn"),
      Map.entry("azj", "az"),
      Map.entry("uzn", "uz"),
      Map.entry("npi", "ne"));

  private LanguageCodes() {}

  /** The comparable language code of {@code tag}, or null for no answer ({@code und}, empty). */
  static String comparable(String tag) {
    if (tag == null) {
      return null;
    }
    String trimmed = tag.strip();
    int end = 0;
    while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
      end++;
    }
    String primary = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    if (primary.isEmpty() || primary.equals("und")) {
      return null;
    }
    return ALIASES.getOrDefault(primary, primary);
  }
}
