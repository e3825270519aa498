package dev.newsflow.enrich.keywords;

import dev.newsflow.common.article.Language;
import java.util.List;

/** Picks the key terms of an article. Implementations must be thread-safe. */
public interface KeywordExtractor {

  /**
   * Key terms of the article, most relevant first; empty when the language is not covered.
   *
   * @param title the headline (may be empty)
   * @param text the main text
   * @param language the detected language of title and text
   */
  List<String> extract(String title, String text, Language language);

  /** An extractor that never finds anything, for languages or set-ups without one. */
  static KeywordExtractor none() {
    return (title, text, language) -> List.of();
  }
}
