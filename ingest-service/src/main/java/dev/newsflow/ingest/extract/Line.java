package dev.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

/**
 * One line of rendered text: what a block element (or a run of text between {@code <br>}s) shows.
 *
 * @param text the text, whitespace collapsed
 * @param linkChars how many of its characters are link text
 * @param owner the innermost block element the line belongs to
 */
record Line(String text, int linkChars, Element owner) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Whether the line's block is, or is inside, an element named {@code tag}. */
  boolean isInside(String tag) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e.nameIs(tag)) {
        return true;
      }
    }
    return false;
  }

  boolean isInside(Element ancestor) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
