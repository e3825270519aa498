package dev.newsflow.common.article;

/**
 * Size of an article's text.
 *
 * @param characters Unicode code points, whitespace excluded
 * @param words words, where each Han, kana, hangul-syllable and Thai character counts as one word
 *     (those scripts do not separate words with spaces)
 * @param paragraphs paragraphs (blocks separated by blank lines)
 * @param readingTimeSeconds estimated reading time
 */
public record TextStats(int characters, int words, int paragraphs, int readingTimeSeconds) {
  public TextStats {
    if (characters < 0 || words < 0 || paragraphs < 0 || readingTimeSeconds < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
