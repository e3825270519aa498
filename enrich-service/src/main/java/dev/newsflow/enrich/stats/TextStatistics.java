package dev.newsflow.enrich.stats;

import dev.newsflow.common.article.TextStats;
import java.lang.Character.UnicodeScript;

/**
 * Counts characters, words and paragraphs of an article text and estimates its reading time.
 *
 * <ul>
 *   <li>characters: Unicode code points that are not whitespace;
 *   <li>words: runs of letters, digits and combining marks, where an apostrophe or hyphen between
 *       letters ({@code don't}, {@code state-of-the-art}) and a point or comma between digits
 *       ({@code 3.14}, {@code 10,000}) stay inside the word; each Han, kana, hangul or Thai letter
 *       is a word of its own, because those scripts do not put spaces between words;
 *   <li>paragraphs: blocks of non-blank lines separated by one or more blank lines;
 *   <li>reading time: {@value #WORDS_PER_MINUTE} words a minute plus {@value
 *       #UNSPACED_CHARS_PER_MINUTE} characters a minute for Han, kana, hangul and Thai, rounded up
 *       to whole seconds.
 * </ul>
 */
public final class TextStatistics {
  /** Adult silent reading speed for alphabetic text. */
  public static final int WORDS_PER_MINUTE = 230;

  /** Reading speed for Chinese and Japanese, counted in characters. */
  public static final int UNSPACED_CHARS_PER_MINUTE = 500;

  private TextStatistics() {}

  /** The statistics of {@code text}; null counts as empty. */
  public static TextStats of(String text) {
    if (text == null || text.isEmpty()) {
      return new TextStats(0, 0, 0, 0);
    }
    Counter counter = new Counter(text);
    counter.run();
    double minutes = counter.spacedWords / (double) WORDS_PER_MINUTE
        + counter.unspacedLetters / (double) UNSPACED_CHARS_PER_MINUTE;
    int seconds = (int) Math.min(Integer.MAX_VALUE, Math.ceil(minutes * 60));
    return new TextStats(
        counter.characters,
        counter.spacedWords + counter.unspacedLetters,
        paragraphs(text),
        seconds);
  }

  /** Blocks of lines with something on them, separated by lines with only whitespace. */
  static int paragraphs(String text) {
    int paragraphs = 0;
    boolean inParagraph = false;
    for (String line : text.split("\\R", -1)) {
      boolean blank = line.codePoints().allMatch(TextStatistics::isSpace);
      if (!blank && !inParagraph) {
        paragraphs++;
      }
      inParagraph = !blank;
    }
    return paragraphs;
  }

  /** Whitespace in the wide sense: also no-break and other Unicode spaces. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  static boolean isUnspacedLetter(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    return switch (UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI -> true;
      default -> false;
    };
  }

  /** One pass over the text; a small state machine for word boundaries. */
  private static final class Counter {
    private final String text;
    int characters;
    int spacedWords;
    int unspacedLetters;

    Counter(String text) {
      this.text = text;
    }

    void run() {
      boolean inWord = false;
      boolean afterUnspaced = false;
      int previous = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (!isSpace(cp)) {
          characters++;
        }
        if (isUnspacedLetter(cp)) {
          unspacedLetters++;
          inWord = false;
          afterUnspaced = true;
        } else if (isWordPart(cp)) {
          // a mark or modifier after a CJK/Thai letter belongs to it (Thai vowel signs, the
          // katakana long-vowel mark), it does not start a word
          boolean attached = afterUnspaced && (!Character.isLetterOrDigit(cp) || isModifier(cp));
          if (!attached) {
            if (!inWord) {
              spacedWords++;
            }
            inWord = true;
            afterUnspaced = false;
          }
        } else if (inWord && isJoiner(previous, cp, i)) {
          // stays in the word
        } else {
          inWord = false;
          afterUnspaced = false;
        }
        previous = cp;
      }
    }

    private boolean isJoiner(int before, int cp, int nextIndex) {
      if (nextIndex >= text.length()) {
        return false;
      }
      int after = text.codePointAt(nextIndex);
      return switch (cp) {
        case '\'', '\u2019', '-', '\u2010', '\u2011' -> Character.isLetter(before) && Character.isLetter(after);
        case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
        default -> false;
      };
    }
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isModifier(int cp) {
    return Character.getType(cp) == Character.MODIFIER_LETTER;
  }
}
