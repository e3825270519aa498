package dev.newsflow.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern that is a large alternation, trying only the positions whose
 * character can start a match. The regex engine tries every alternative at every position of the
 * text; most characters of a paragraph start none of them, so most positions are skipped.
 *
 * <p>Which characters can start a match is asked of the engine itself, once: a character that
 * matches, or that the engine reads to the end of while matching (more input could make it a
 * match), can start one. This holds for patterns whose matches do not depend on what comes before
 * them: no lookbehind, word boundary or {@code \G} at their start. Surrogates are always tried.
 * Where a character and the next are both ASCII, the pair is asked about the same way.
 * A pattern that matches the empty string is searched the plain way.
 */
final class StartCharFind {
  private final Pattern pattern;
  /** One bit per UTF-16 unit that can start a match; null to search every position. */
  private final long[] starts;
  /**
   * For each ASCII character that can start a match, the ASCII characters that can follow it in
   * one (two bits of 64): in Latin text most letters start some alternative, few pairs do.
   */
  private final long[][] asciiPairs;

  StartCharFind(Pattern pattern) {
    this.pattern = pattern;
    this.starts = pattern.matcher("").lookingAt() ? null : startChars(pattern);
    this.asciiPairs = starts == null ? null : asciiPairs(pattern, starts);
  }

  private static long[][] asciiPairs(Pattern pattern, long[] starts) {
    long[][] pairs = new long[128][2];
    Matcher m = pattern.matcher("");
    char[] two = new char[2];
    for (int first = 0; first < 128; first++) {
      if ((starts[first >>> 6] & (1L << first)) == 0) {
        continue;
      }
      for (int second = 0; second < 128; second++) {
        two[0] = (char) first;
        two[1] = (char) second;
        m.reset(new String(two));
        if (m.lookingAt() || m.hitEnd()) {
          pairs[first][second >>> 6] |= 1L << second;
        }
      }
    }
    return pairs;
  }

  private static long[] startChars(Pattern pattern) {
    long[] table = new long[(Character.MAX_VALUE + 1) / 64];
    Matcher m = pattern.matcher("");
    char[] one = new char[1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      one[0] = (char) c;
      m.reset(new String(one));
      if (Character.isSurrogate((char) c) || m.lookingAt() || m.hitEnd()) {
        table[c >>> 6] |= 1L << c;
      }
    }
    return table;
  }

  /** Whether {@code pattern.matcher(text).find()} would find a match. */
  boolean find(CharSequence text) {
    Matcher m = pattern.matcher(text);
    if (starts == null) {
      return m.find();
    }
    // The region moves the start; without anchoring bounds "^" still means the start of the text.
    m.useAnchoringBounds(false).useTransparentBounds(true);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((starts[c >>> 6] & (1L << c)) != 0) {
        if (c < 128 && i + 1 < n) {
          char next = text.charAt(i + 1);
          if (next < 128 && (asciiPairs[c][next >>> 6] & (1L << next)) == 0) {
            continue;
          }
        }
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
