package dev.newsflow.enrich.keywords;

import java.util.function.Consumer;

/**
 * Splits a text of one language into candidate keyword terms: words (or, for languages written
 * without spaces, the words a segmenter finds), normalised, stopwords and function words already
 * left out. Implementations are thread-safe.
 */
interface Terms {
  /** Calls {@code term} with every candidate of {@code text}, in text order, repeats included. */
  void split(String text, Consumer<String> term);

  /** Shorter terms (in code points) are no keywords: 3 for alphabets, 2 for CJK and Thai words. */
  int minLength();
}
