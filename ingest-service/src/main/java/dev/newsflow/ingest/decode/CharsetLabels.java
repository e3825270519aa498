package dev.newsflow.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a charset label from a header or a meta tag into the charset a browser would decode with.
 *
 * <p>Browsers do not honour labels literally (WHATWG Encoding Standard, section 4.2 "Names and
 * labels"): pages labelled ISO-8859-1 or US-ASCII are full of windows-1252 quotes and dashes,
 * GB2312 and GBK pages use characters only GB18030 has, and so on. Decoding with the literal label
 * is the main source of mojibake, so we follow the browsers.
 */
final class CharsetLabels {
  private static final Map<String, String> BROWSER_SUPERSETS = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"),
      Map.entry("iso8859-1", "windows-1252"),
      Map.entry("iso_8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"),
      Map.entry("l1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"),
      Map.entry("ascii", "windows-1252"),
      Map.entry("iso-8859-9", "windows-1254"),
      Map.entry("latin5", "windows-1254"),
      Map.entry("iso-8859-11", "x-windows-874"),
      Map.entry("tis-620", "x-windows-874"),
      Map.entry("windows-874", "x-windows-874"),
      Map.entry("gb2312", "GB18030"),
      Map.entry("gb_2312-80", "GB18030"),
      Map.entry("csgb2312", "GB18030"),
      Map.entry("x-gbk", "GB18030"),
      Map.entry("gbk", "GB18030"),
      Map.entry("cp936", "GB18030"),
      Map.entry("chinese", "GB18030"),
      Map.entry("big5", "Big5-HKSCS"),
      Map.entry("x-x-big5", "Big5-HKSCS"),
      Map.entry("cn-big5", "Big5-HKSCS"),
      Map.entry("shift_jis", "windows-31j"),
      Map.entry("shift-jis", "windows-31j"),
      Map.entry("sjis", "windows-31j"),
      Map.entry("x-sjis", "windows-31j"),
      Map.entry("ms_kanji", "windows-31j"),
      Map.entry("euc-kr", "x-windows-949"),
      Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("korean", "x-windows-949"),
      Map.entry("x-user-defined", "windows-1252"),
      Map.entry("utf8", "UTF-8"),
      Map.entry("unicode-1-1-utf-8", "UTF-8"));

  private CharsetLabels() {}

  /**
   * The charset for {@code label}, or empty when the label is blank, malformed or names a charset
   * this JVM does not have.
   */
  static Optional<Charset> forLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.strip().replaceAll("^[\"']+|[\"';,]+$", "").strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty() || key.length() > 40) {
      return Optional.empty();
    }
    String name = BROWSER_SUPERSETS.getOrDefault(key, key);
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The charset to use when a meta tag declares {@code label}. A meta tag readable as ASCII cannot
   * be in UTF-16, so such a declaration means UTF-8 (WHATWG HTML, "prescan a byte stream").
   */
  static Optional<Charset> forMetaLabel(String label) {
    return forLabel(label).map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
  }

  /** Whether {@code charset} maps every byte to a character, so the bytes can never contradict it. */
  static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }
}
