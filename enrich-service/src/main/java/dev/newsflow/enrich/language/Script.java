package dev.newsflow.enrich.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Tells which ISO 15924 script a text is written in, by counting the scripts of its letters.
 *
 * <p>Japanese mixes Han with kana and Korean may mix Han with hangul, so any kana makes the text
 * {@code Jpan} and any hangul makes it {@code Kore}; text of Han alone is Chinese, {@code Hans} or
 * {@code Hant} as {@link ChineseScript} tells.
 */
final class Script {
  static final String LATIN = "Latn";
  static final String JAPANESE = "Jpan";
  static final String KOREAN = "Kore";
  static final String SIMPLIFIED_HAN = "Hans";
  static final String TRADITIONAL_HAN = "Hant";
  /** Han characters, variant not told. */
  static final String HAN = "Hani";

  private static final Map<UnicodeScript, String> ISO_15924 = new EnumMap<>(UnicodeScript.class);

  static {
    ISO_15924.put(UnicodeScript.LATIN, LATIN);
    ISO_15924.put(UnicodeScript.CYRILLIC, "Cyrl");
    ISO_15924.put(UnicodeScript.ARABIC, "Arab");
    ISO_15924.put(UnicodeScript.GREEK, "Grek");
    ISO_15924.put(UnicodeScript.HEBREW, "Hebr");
    ISO_15924.put(UnicodeScript.DEVANAGARI, "Deva");
    ISO_15924.put(UnicodeScript.BENGALI, "Beng");
    ISO_15924.put(UnicodeScript.GURMUKHI, "Guru");
    ISO_15924.put(UnicodeScript.GUJARATI, "Gujr");
    ISO_15924.put(UnicodeScript.TAMIL, "Taml");
    ISO_15924.put(UnicodeScript.TELUGU, "Telu");
    ISO_15924.put(UnicodeScript.KANNADA, "Knda");
    ISO_15924.put(UnicodeScript.MALAYALAM, "Mlym");
    ISO_15924.put(UnicodeScript.THAI, "Thai");
    ISO_15924.put(UnicodeScript.KHMER, "Khmr");
    ISO_15924.put(UnicodeScript.ARMENIAN, "Armn");
    ISO_15924.put(UnicodeScript.GEORGIAN, "Geor");
    ISO_15924.put(UnicodeScript.ETHIOPIC, "Ethi");
  }

  private Script() {}

  /**
   * The script of most letters of {@code text}, or null when it has no letters or they are in a
   * script without a code here.
   *
   * @param chineseVariantHint {@code Hans} or {@code Hant} to use for Han-only text that has no
   *     character telling the variant, or null to say {@code Hani} then
   */
  static String of(String text, String chineseVariantHint) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
    counts.remove(UnicodeScript.COMMON);
    counts.remove(UnicodeScript.INHERITED);
    if (counts.isEmpty()) {
      return null;
    }
    if (counts.containsKey(UnicodeScript.HIRAGANA) || counts.containsKey(UnicodeScript.KATAKANA)) {
      return JAPANESE;
    }
    if (counts.containsKey(UnicodeScript.HANGUL)) {
      return KOREAN;
    }
    UnicodeScript dominant = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .orElseThrow()
        .getKey();
    if (dominant == UnicodeScript.HAN) {
      return ChineseScript.of(text).orElse(chineseVariantHint == null ? HAN : chineseVariantHint);
    }
    return ISO_15924.get(dominant);
  }

  /** The ISO 15924 code of {@code script}, or null when there is none here. */
  static String code(UnicodeScript script) {
    return ISO_15924.get(script);
  }

  /** Number of letters in {@code text}, and how many of them are Han, kana, hangul or Thai. */
  static LetterCount letters(String text) {
    int letters = 0;
    int unspaced = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isUnspaced(UnicodeScript.of(cp))) {
          unspaced++;
        }
      }
    }
    return new LetterCount(letters, unspaced);
  }

  private static boolean isUnspaced(UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI -> true;
      default -> false;
    };
  }

  /**
   * @param all letters of any script
   * @param unspaced letters of scripts written without spaces between words, where one letter
   *     carries about as much as a word does elsewhere
   */
  record LetterCount(int all, int unspaced) {}
}
