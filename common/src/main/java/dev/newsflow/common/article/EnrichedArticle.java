package dev.newsflow.common.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as enrich-service publishes it to {@code news.articles.enriched}: the clean article
 * unchanged, plus what was learnt from it.
 *
 * <p>The JSON form is described by {@code schemas/article-enriched.v1.json}.
 *
 * @param schemaVersion version of this contract
 * @param id the article id (same as {@code article.id}), repeated at the top for joins
 * @param article the clean article as ingested
 * @param language detected language of the text
 * @param entities named entities, empty when none were found or no engine covers the language
 * @param keywords key terms, most relevant first
 * @param stats size of the text
 * @param enrichedAt when enrichment ran
 */
public record EnrichedArticle(
    int schemaVersion,
    String id,
    Article article,
    Language language,
    List<Entity> entities,
    List<String> keywords,
    TextStats stats,
    Instant enrichedAt) {

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
  }

  public static EnrichedArticle of(
      Article article,
      Language language,
      List<Entity> entities,
      List<String> keywords,
      TextStats stats,
      Instant enrichedAt) {
    return new EnrichedArticle(
        SCHEMA_VERSION, article.id(), article, language, entities, keywords, stats, enrichedAt);
  }
}
