package dev.newsflow.enrich.entities;

/**
 * Where one word of a text lies, when the caller knows the tokenisation (an evaluation set's gold
 * tokens, say) and wants the engine to keep it.
 *
 * @param start first UTF-16 offset of the word in the text
 * @param end UTF-16 offset just after the word
 */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }
}
