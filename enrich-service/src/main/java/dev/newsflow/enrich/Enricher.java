package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.article.LanguageShare;
import dev.newsflow.common.article.NearDuplicate;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import dev.newsflow.enrich.dedup.SimHash;
import dev.newsflow.enrich.entities.EntityFindings;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.models.ModelStore;
import dev.newsflow.enrich.keywords.FrequencyKeywordExtractor;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import dev.newsflow.enrich.language.LanguageDetector;
import dev.newsflow.enrich.language.LanguageMixDetector;
import dev.newsflow.enrich.language.NgramLanguageDetector;
import dev.newsflow.enrich.stats.TextStatistics;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a clean {@link Article} into an {@link EnrichedArticle}: language of title and text (and
 * the languages of its paragraphs when it is written in several), named entities of the text (for languages that have an engine) and whether an engine ran,
 * keywords, text statistics, the published time in UTC, and the text's SimHash with the article as
 * its own near-duplicate cluster (the topology's cluster index may put it into an older one).
 *
 * <p>Thread-safe when its parts are, which the interfaces require.
 */
public final class Enricher {
  /** Keywords kept per article by {@link #withDefaults(Clock)}. */
  public static final int DEFAULT_MAX_KEYWORDS = 10;

  private final LanguageDetector languageDetector;
  private final LanguageMixDetector languageMixDetector;
  private final KeywordExtractor keywordExtractor;
  private final EntityRecognizers entityRecognizers;
  private final Clock clock;

  /** An enricher that finds no entities. */
  public Enricher(LanguageDetector languageDetector, KeywordExtractor keywordExtractor, Clock clock) {
    this(languageDetector, keywordExtractor, EntityRecognizers.none(), clock);
  }

  /** An enricher that tells mixed-language articles with {@code languageDetector} on each paragraph. */
  public Enricher(
      LanguageDetector languageDetector,
      KeywordExtractor keywordExtractor,
      EntityRecognizers entityRecognizers,
      Clock clock) {
    this(languageDetector, new LanguageMixDetector(languageDetector), keywordExtractor, entityRecognizers, clock);
  }

  public Enricher(
      LanguageDetector languageDetector,
      LanguageMixDetector languageMixDetector,
      KeywordExtractor keywordExtractor,
      EntityRecognizers entityRecognizers,
      Clock clock) {
    this.languageDetector = Objects.requireNonNull(languageDetector, "languageDetector");
    this.languageMixDetector = Objects.requireNonNull(languageMixDetector, "languageMixDetector");
    this.keywordExtractor = Objects.requireNonNull(keywordExtractor, "keywordExtractor");
    this.entityRecognizers = Objects.requireNonNull(entityRecognizers, "entityRecognizers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Script-aware language detection, frequency keywords, and no entity engine. Loads the language
   * models (~2 s).
   */
  public static Enricher withDefaults(Clock clock) {
    return withDefaults(clock, Set.of());
  }

  /**
   * Like {@link #withDefaults(Clock)}, with the available entity engines switched on for {@code
   * entityLanguages} (ISO 639-1; see {@link EntityRecognizers#available()}). Engines load on the
   * first article in their language.
   */
  public static Enricher withDefaults(Clock clock, Set<String> entityLanguages) {
    return withDefaults(clock, entityLanguages, true);
  }

  /**
   * Like {@link #withDefaults(Clock, Set)}, with or without misc entities ({@link
   * EntityRecognizers#available(ModelStore, boolean)}).
   */
  public static Enricher withDefaults(Clock clock, Set<String> entityLanguages, boolean entityMisc) {
    NgramLanguageDetector languageDetector = new NgramLanguageDetector();
    // One segmenter for keywords and entities: a Chinese article is then segmented once, not twice.
    ChineseSegmenter chinese = new ChineseSegmenter();
    return new Enricher(
        languageDetector,
        LanguageMixDetector.withDefaults(languageDetector),
        new FrequencyKeywordExtractor(DEFAULT_MAX_KEYWORDS, chinese),
        EntityRecognizers.available(ModelStore.fromEnvironment(), chinese, entityMisc).only(entityLanguages),
        clock);
  }

  /** The enriched form of {@code article}, stamped with the clock's current instant. */
  public EnrichedArticle enrich(Article article) {
    Objects.requireNonNull(article, "article");
    // The title helps on short texts; a blank line keeps it from running into the first sentence.
    String sample = article.title().isEmpty() ? article.text() : article.title() + "\n\n" + article.text();
    Language language = languageDetector.detect(sample, article.languageHint());
    List<String> keywords = keywordExtractor.extract(article.title(), article.text(), language);
    // Mentions are offsets into the text, so the title is left out here (it has no offsets);
    // byline persons and the outlet come without mentions (MetadataEntities).
    EntityFindings entities = entityRecognizers.find(article, language);
    // Until the cluster index has seen it (EnrichTopology), an article is a cluster of its own.
    NearDuplicate nearDuplicate = NearDuplicate.of(article.id(), SimHash.of(article.text()));
    List<LanguageShare> mix = languageMixDetector.mix(article, language);
    return EnrichedArticle.of(
        article, language, entities.entities(), entities.coverage(), entities.engine(), keywords,
        TextStatistics.of(article.text()), nearDuplicate, clock.instant())
        .withLanguageMix(mix.isEmpty() ? null : mix);
  }
}
