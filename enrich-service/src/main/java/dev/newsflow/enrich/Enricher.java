package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.keywords.FrequencyKeywordExtractor;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import dev.newsflow.enrich.language.LanguageDetector;
import dev.newsflow.enrich.language.ScriptAwareLanguageDetector;
import dev.newsflow.enrich.stats.TextStatistics;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Turns a clean {@link Article} into an {@link EnrichedArticle}: language of title and text,
 * keywords, text statistics. Entities are always empty in this version (no NER engine yet).
 *
 * <p>Thread-safe when its parts are, which the interfaces require.
 */
public final class Enricher {
  /** Keywords kept per article by {@link #withDefaults(Clock)}. */
  public static final int DEFAULT_MAX_KEYWORDS = 10;

  private final LanguageDetector languageDetector;
  private final KeywordExtractor keywordExtractor;
  private final Clock clock;

  public Enricher(LanguageDetector languageDetector, KeywordExtractor keywordExtractor, Clock clock) {
    this.languageDetector = Objects.requireNonNull(languageDetector, "languageDetector");
    this.keywordExtractor = Objects.requireNonNull(keywordExtractor, "keywordExtractor");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Script-aware language detection and frequency keywords. Loads the language models (~2 s). */
  public static Enricher withDefaults(Clock clock) {
    return new Enricher(
        new ScriptAwareLanguageDetector(), new FrequencyKeywordExtractor(DEFAULT_MAX_KEYWORDS), clock);
  }

  /** The enriched form of {@code article}, stamped with the clock's current instant. */
  public EnrichedArticle enrich(Article article) {
    Objects.requireNonNull(article, "article");
    // The title helps on short texts; a blank line keeps it from running into the first sentence.
    String sample = article.title().isEmpty() ? article.text() : article.title() + "\n\n" + article.text();
    Language language = languageDetector.detect(sample);
    List<String> keywords = keywordExtractor.extract(article.title(), article.text(), language);
    return EnrichedArticle.of(
        article, language, List.of(), keywords, TextStatistics.of(article.text()), clock.instant());
  }
}
