package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Source;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelSpec;
import dev.newsflow.enrich.entities.models.ModelStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's own example (the seed README's "Expected enrichment" of the China Daily article):
 * the article as ingest-service extracts it from the China Daily 2012 fixture page (its text is
 * the fixture's expected paragraphs, {@code articles/chinadaily-2012-internet-safety.txt}),
 * enriched with the real English engine. Skipped when a model is neither cached nor reachable.
 */
class ChinaDailyEntitiesIT {
  private static Article article;
  private static EnrichedArticle enriched;

  @BeforeAll
  static void enrich() throws IOException {
    ModelStore models = ModelStore.fromEnvironment();
    for (ModelSpec model : List.of(CoreNlpModels.forLanguage("en").orElseThrow(), CoreNlpModels.ENGLISH_MISC)) {
      try {
        models.ensure(model);
      } catch (ModelFetchException e) {
        assumeTrue(!e.reason().equals(ModelFetchException.UNREACHABLE), "model not cached and not reachable: " + e.getMessage());
        throw e;
      }
    }
    String text;
    try (InputStream in = ChinaDailyEntitiesIT.class.getResourceAsStream("/articles/chinadaily-2012-internet-safety.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    article = Article.of(
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm",
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm",
        new Source("chinadaily", "China Daily", "CN"),
        "Let us join hands to make Internet safe",
        List.of("Tang Lan"),
        OffsetDateTime.parse("2012-02-07T08:23:00+08:00"),
        null, "en", "China Daily", null, text, Instant.parse("2026-11-29T12:00:00Z"));
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    enriched = Enricher.withDefaults(clock, Set.of("en")).enrich(article);
  }

  private static List<String> names(EntityType type) {
    return enriched.entities().stream().filter(e -> e.type() == type).map(Entity::normalized).toList();
  }

  @Test
  void theArticleIsEnglishAndTheEnglishEngineRan() {
    assertThat(enriched.language().code()).isEqualTo("en");
    assertThat(enriched.entityEngine()).isEqualTo("corenlp-en");
  }

  @Test
  void theAuthorIsAPersonFromTheBylineWithoutMentions() {
    assertThat(enriched.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.normalized()).isEqualTo("Tang Lan");
          assertThat(e.engine()).isEqualTo(MetadataEntities.AUTHOR_ENGINE);
          assertThat(e.mentions()).isEmpty();
          assertThat(e.count()).isZero();
        });
  }

  @Test
  void organisationsAreTheOutletAndThoseTheTextNames() {
    assertThat(names(EntityType.ORGANIZATION)).containsExactlyInAnyOrder(
        "China Daily", "Microsoft", "Supreme People's Court", "Supreme People's Procuratorate",
        "China Institutes of Contemporary International Relations",
        "Institute of Information and Social Development Studies");
    assertThat(enriched.entities()).filteredOn(e -> e.normalized().equals("China Daily"))
        .singleElement().extracting(Entity::engine).isEqualTo(MetadataEntities.OUTLET_ENGINE);
  }

  @Test
  void locationsAreFiveWithUsAndUnitedStatesOneEntity() {
    assertThat(names(EntityType.LOCATION)).containsExactlyInAnyOrder(
        "China", "United States", "United Kingdom", "Shanghai", "Guangdong");
    Entity unitedStates = enriched.entities().stream()
        .filter(e -> e.normalized().equals("United States")).findFirst().orElseThrow();
    assertThat(unitedStates.mentions())
        .extracting(m -> article.text().substring(m.start(), m.end()))
        .contains("US", "United States");
  }

  @Test
  void miscIncludesTheDayTheArticleIsAbout() {
    assertThat(names(EntityType.MISC)).contains("Safer Internet Day");
    assertThat(names(EntityType.MISC)).doesNotContain("China", "Microsoft", "US");
  }

  @Test
  void windowsIsMiscFromTheProductNames() {
    // english.conll.4class labels "counterfeit Windows software" but not this article's "using
    // counterfeit Windows.": the product-name list does, under its own engine name.
    assertThat(enriched.entities()).filteredOn(e -> e.normalized().equals("Windows"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.MISC);
          assertThat(e.engine()).isEqualTo(ProductNames.ENGINE);
          assertThat(e.mentions()).extracting(m -> article.text().substring(m.start(), m.end())).containsExactly("Windows");
        });
  }

  @Test
  void miscIsTheSeedsSaferInternetDayAndWindowsAndNothingElseFromTheList() {
    assertThat(names(EntityType.MISC)).contains("Safer Internet Day", "Windows");
    assertThat(enriched.entities()).filteredOn(e -> e.engine().equals(ProductNames.ENGINE))
        .extracting(Entity::normalized).containsExactly("Windows");
  }

  @Test
  void everyMentionPointsAtItsEntityInTheText() {
    for (Entity entity : enriched.entities()) {
      for (Entity.Mention mention : entity.mentions()) {
        String surface = article.text().substring(mention.start(), mention.end());
        assertThat(EntityMerger.normalise(surface, entity.type())).isEqualToIgnoringCase(entity.normalized());
      }
    }
  }
}
