package dev.newsflow.common.article;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article as enrich-service publishes it to {@code news.articles.enriched}: the clean article
 * unchanged, plus what was learnt from it.
 *
 * <p>The JSON form is described by {@code schemas/article-enriched.v1.json}. The last five
 * components were added to version 1 later, compatibly: records written before they existed read
 * with {@code entityCoverage}, {@code entityEngine}, {@code nearDuplicate} and {@code languageMix}
 * null, and with {@code publishedUtc} derived from {@code article.published}.
 *
 * @param schemaVersion version of this contract
 * @param id the article id (same as {@code article.id}), repeated at the top for joins
 * @param article the clean article as ingested
 * @param language detected language of the text
 * @param entities named entities; see {@code entityCoverage} for what an empty list means
 * @param keywords key terms, most relevant first
 * @param stats size of the text
 * @param enrichedAt when enrichment ran
 * @param publishedUtc {@code article.published} as an instant (written in UTC); null when the
 *     article has no published time. The source's own offset stays in {@code article.published}.
 * @param entityCoverage whether an entity engine ran for the detected language; null only in
 *     records written before the field existed
 * @param entityEngine the engine that ran (or failed to load); null when {@code entityCoverage} is
 *     {@link EntityCoverage#UNSUPPORTED}
 * @param nearDuplicate the near-duplicate cluster and SimHash; null only in records written before
 *     the field existed
 * @param languageMix the languages of a mixed-language article (at least two, each with its share
 *     of the judged paragraphs' letters, largest first); null when the article is in one language,
 *     too short to tell, or was enriched before the field existed. {@code language} stays the
 *     answer for the whole text.
 */
public record EnrichedArticle(
    int schemaVersion,
    String id,
    Article article,
    Language language,
    List<Entity> entities,
    List<String> keywords,
    TextStats stats,
    Instant enrichedAt,
    Instant publishedUtc,
    EntityCoverage entityCoverage,
    String entityEngine,
    NearDuplicate nearDuplicate,
    List<LanguageShare> languageMix) {

  public static final int SCHEMA_VERSION = 1;

  public EnrichedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(enrichedAt, "enrichedAt");
    if (!article.id().equals(id)) {
      throw new IllegalArgumentException("id " + id + " differs from article id " + article.id());
    }
    entities = entities == null ? List.of() : List.copyOf(entities);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    Instant published = article.published() == null ? null : article.published().toInstant();
    if (publishedUtc == null) {
      publishedUtc = published;
    } else if (!publishedUtc.equals(published)) {
      throw new IllegalArgumentException(
          "publishedUtc " + publishedUtc + " is not article.published " + article.published());
    }
    if (entityCoverage == EntityCoverage.UNSUPPORTED && entityEngine != null) {
      throw new IllegalArgumentException("entityEngine " + entityEngine + " given with coverage 'unsupported'");
    }
    if ((entityCoverage == EntityCoverage.ENGINE || entityCoverage == EntityCoverage.FAILED) && entityEngine == null) {
      throw new IllegalArgumentException("entityEngine missing with coverage " + entityCoverage);
    }
    if (entityCoverage != EntityCoverage.ENGINE && entityCoverage != null && !entities.isEmpty()) {
      throw new IllegalArgumentException("entities present with coverage " + entityCoverage);
    }
    if (languageMix != null) {
      languageMix = checkedMix(languageMix);
    }
  }

  private static List<LanguageShare> checkedMix(List<LanguageShare> mix) {
    List<LanguageShare> copy = List.copyOf(mix);
    if (copy.size() < 2) {
      throw new IllegalArgumentException("a language mix has at least two languages, got " + copy.size());
    }
    Set<String> tags = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!tags.add(copy.get(i).tag())) {
        throw new IllegalArgumentException("language " + copy.get(i).tag() + " twice in the language mix");
      }
      if (i > 0 && copy.get(i).share() > copy.get(i - 1).share()) {
        throw new IllegalArgumentException("language mix not ordered by share, largest first");
      }
    }
    return copy;
  }

  /**
   * A record of the current version.
   *
   * @param entityEngine null exactly when {@code entityCoverage} is {@link EntityCoverage#UNSUPPORTED}
   */
  public static EnrichedArticle of(
      Article article,
      Language language,
      List<Entity> entities,
      EntityCoverage entityCoverage,
      String entityEngine,
      List<String> keywords,
      TextStats stats,
      NearDuplicate nearDuplicate,
      Instant enrichedAt) {
    Objects.requireNonNull(entityCoverage, "entityCoverage");
    Objects.requireNonNull(nearDuplicate, "nearDuplicate");
    return new EnrichedArticle(
        SCHEMA_VERSION, article.id(), article, language, entities, keywords, stats, enrichedAt,
        null, entityCoverage, entityEngine, nearDuplicate, null);
  }

  /** This record with another near-duplicate cluster, e.g. once the cluster index has been asked. */
  public EnrichedArticle withNearDuplicate(NearDuplicate nearDuplicate) {
    return new EnrichedArticle(
        schemaVersion, id, article, language, entities, keywords, stats, enrichedAt,
        publishedUtc, entityCoverage, entityEngine, Objects.requireNonNull(nearDuplicate, "nearDuplicate"),
        languageMix);
  }

  /**
   * This record with the languages of a mixed-language article.
   *
   * @param languageMix at least two languages, largest share first; null for an article in one
   *     language
   * @throws IllegalArgumentException when the mix has fewer than two languages, one twice, or is
   *     not ordered by share
   */
  public EnrichedArticle withLanguageMix(List<LanguageShare> languageMix) {
    return new EnrichedArticle(
        schemaVersion, id, article, language, entities, keywords, stats, enrichedAt,
        publishedUtc, entityCoverage, entityEngine, nearDuplicate, languageMix);
  }
}
