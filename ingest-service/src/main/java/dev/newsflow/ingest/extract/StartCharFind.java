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
 * A pattern that matches the empty string is searched the plain way.
 */
final class StartCharFind {
  private final Pattern pattern;
  /** One bit per UTF-16 unit that can start a match; null to search every position. */
  private final long[] starts;

  StartCharFind(Pattern pattern) {
    this.pattern = pattern;
    this.starts = pattern.matcher("").lookingAt() ? null : startChars(pattern);
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
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
