package dev.newsflow.ingest.evaluate;

import java.util.HashMap;
import java.util.Map;

/**
 * Splits text into the tokens the benchmarks count: runs of word characters (letters, marks,
 * digits, underscore), except that every Han, kana or Thai character is a token of its own, since
 * those scripts do not separate words with spaces. Whitespace and punctuation are not tokens.
 * Case is kept.
 */
final class Tokens {
  private Tokens() {}

  /** How often each token occurs in {@code text}. */
  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    forEach(text, token -> bag.merge(token, 1, Integer::sum));
    return bag;
  }

  /** The tokens of {@code text} in order. */
  static java.util.List<String> of(String text) {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    forEach(text, tokens::add);
    return tokens;
  }

  private static void forEach(String text, java.util.function.Consumer<String> sink) {
    int runStart = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isOwnToken(cp)) {
        if (runStart >= 0) {
          sink.accept(text.substring(runStart, i));
          runStart = -1;
        }
        sink.accept(text.substring(i, next));
      } else if (isWordChar(cp)) {
        if (runStart < 0) {
          runStart = i;
        }
      } else if (runStart >= 0) {
        sink.accept(text.substring(runStart, i));
        runStart = -1;
      }
      i = next;
    }
    if (runStart >= 0) {
      sink.accept(text.substring(runStart));
    }
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_' || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isOwnToken(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI;
  }
}
