package dev.newsflow.ingest.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Facts about HTML and text shared by the extraction steps. */
final class Html {
  /** Elements that start a new line of rendered text. */
  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
      "caption", "br", "option", "legend", "listing", "plaintext", "xmp", "noscript");

  /** Block elements whose text is a paragraph of an article. */
  static final Set<String> PARAGRAPHS = Set.of(
      "p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "dd", "dt");

  private Html() {}

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  /**
   * {@code s} with every run of whitespace (ASCII, no-break, the Unicode spaces up to the
   * zero-width space, the ideographic space, the byte-order mark) replaced by one space. A plain
   * loop rather than a regex: this runs on every text node of every page.
   */
  static String collapseWhitespace(String s) {
    int n = s.length();
    int i = 0;
    // Most text nodes need no change: return them as they are, without copying.
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    appendCollapsed(s, i, false, out);
    return out.toString();
  }

  /**
   * Appends {@code s} with its whitespace collapsed as {@link #collapseWhitespace} does, leaving
   * out a leading space when {@code afterSpace} (the text before it already ends in one); returns
   * how many characters it appended.
   */
  static int appendCollapsed(String s, boolean afterSpace, StringBuilder out) {
    return appendCollapsed(s, 0, afterSpace, out);
  }

  private static int appendCollapsed(String s, int from, boolean afterSpace, StringBuilder out) {
    int before = out.length();
    boolean inRun = afterSpace;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.length() - before;
  }

  /** The characters {@link #collapseWhitespace} treats as whitespace. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c >= '\t' && c <= '\r';
    }
    return c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u3000' || c == '\uFEFF';
  }

  /**
   * The length of {@code s} weighted by how much each character says: a Han, kana or hangul
   * character carries about as much as a short word, so it counts three times. Whitespace and
   * punctuation do not count.
   */
  static int weightedLength(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isCjk(c)) {
        n += 3;
      } else if (Character.isLetterOrDigit(c)) {
        n += 1;
      }
    }
    return n;
  }

  /**
   * Whether {@code c} is a Han, kana or hangul character. Looked up in a table built once from
   * {@link Character.UnicodeScript}: the script lookup is a binary search, and this runs on every
   * character of every page.
   */
  static boolean isCjk(char c) {
    return (CJK_TABLE[c >>> 6] & (1L << c)) != 0;
  }

  /** One bit per UTF-16 unit, set where {@link #hasCjkScript} holds. */
  private static final long[] CJK_TABLE = cjkTable();

  private static long[] cjkTable() {
    long[] table = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (hasCjkScript((char) c)) {
        table[c >>> 6] |= 1L << c;
      }
    }
    return table;
  }

  static boolean hasCjkScript(char c) {
    Character.UnicodeScript script;
    if (c < 0x2E80) {
      return false;
    }
    try {
      script = Character.UnicodeScript.of(c);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** Commas and their CJK equivalents: prose has them, menus do not. */
  static int commas(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '。' || c == ';') {
        n++;
      }
    }
    return n;
  }
}
