package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.article.LanguageShare;
import dev.newsflow.common.article.TextStats;
import dev.newsflow.enrich.dedup.SimHash;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.HanlpEntityRecognizer;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:05Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void enrichesWithLanguageStatsKeywordsAndTheClockTime() {
    Enricher enricher = Enricher.withDefaults(CLOCK);
    Article article = Articles.english();

    EnrichedArticle enriched = enricher.enrich(article);

    assertThat(enriched.id()).isEqualTo(article.id());
    assertThat(enriched.article()).isEqualTo(article);
    assertThat(enriched.language().tag()).isEqualTo("en-Latn");
    assertThat(enriched.entities()).isEmpty();
    assertThat(enriched.keywords()).contains("internet");
    assertThat(enriched.stats().paragraphs()).isEqualTo(2);
    assertThat(enriched.stats().words()).isEqualTo(25);
    assertThat(enriched.enrichedAt()).isEqualTo(NOW);
    assertThat(enriched.schemaVersion()).isEqualTo(EnrichedArticle.SCHEMA_VERSION);
  }

  @Test
  void detectsLanguageFromTitleAndTextTogetherButCountsOnlyTheText() {
    List<String> seen = new ArrayList<>();
    Enricher enricher = new Enricher(
        text -> {
          seen.add(text);
          return new Language("en", "Latn", 1.0);
        },
        KeywordExtractor.none(),
        CLOCK);
    Article article = Articles.withText("Headline", "Body text here.");

    EnrichedArticle enriched = enricher.enrich(article);

    assertThat(seen).containsExactly("Headline\n\nBody text here.");
    assertThat(enriched.stats()).isEqualTo(new TextStats(13, 3, 1, 1));
  }

  @Test
  void chineseArticleGetsChineseCjkAwareCountsAndSegmentedKeywords() {
    Article article = Articles.withText("国务院总理会见德国总理", "国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。");

    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(article);

    assertThat(enriched.language().tag()).isEqualTo("zh-Hans");
    assertThat(enriched.stats().words()).isEqualTo(30);
    assertThat(enriched.keywords()).containsExactly("总理", "国务院", "德国");
  }

  @Test
  void chineseArticleGetsEntitiesWithOffsetsIntoItsText() {
    Article article = Articles.withText("李克强会见德国总理", "国务院总理李克强在北京会见了来访的德国总理。李克强表示，北京欢迎合作。");

    EnrichedArticle enriched = Enricher.withDefaults(CLOCK, Set.of("zh")).enrich(article);

    assertThat(enriched.entities()).isNotEmpty();
    for (Entity entity : enriched.entities().stream().filter(e -> e.count() > 0).toList()) {
      assertThat(entity.engine()).isEqualTo(HanlpEntityRecognizer.ENGINE);
      for (Entity.Mention mention : entity.mentions()) {
        assertThat(article.text().substring(mention.start(), mention.end())).isEqualTo(entity.text());
      }
    }
    assertThat(enriched.entities())
        .filteredOn(e -> e.text().equals("李克强"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(Entity.EntityType.PERSON);
          assertThat(e.count()).isEqualTo(2);
        });
    assertThat(enriched.entities()).extracting(Entity::text).contains("北京");
  }

  @Test
  void articleQuotingAFrenchParagraphNamesBothLanguagesAndStaysEnglish() {
    Article article = Articles.fromFixture("President defends pension reform", "en-quoting-fr.txt");

    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(article);

    assertThat(enriched.language().code()).isEqualTo("en");
    assertThat(enriched.languageMix())
        .extracting(LanguageShare::code, LanguageShare::paragraphs)
        .containsExactly(tuple("en", 3), tuple("fr", 1));
  }

  @Test
  void monolingualArticlesHaveNoLanguageMix() {
    Enricher enricher = Enricher.withDefaults(CLOCK);

    assertThat(enricher.enrich(Articles.english()).languageMix()).isNull();
    assertThat(enricher.enrich(Articles.fromFixture("Referendum", "en-with-foreign-names.txt")).languageMix())
        .isNull();
  }

  @Test
  void articleInALanguageWithoutAnEngineGetsNoEntities() {
    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(Articles.english());

    assertThat(enriched.language().code()).isEqualTo("en");
    assertThat(enriched.entities()).isEmpty();
  }

  @Test
  void publishedTimeIsGivenInUtcBesideTheSourceOffset() {
    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(Articles.english());

    assertThat(enriched.article().published()).hasToString("2012-02-07T08:23+08:00");
    assertThat(enriched.publishedUtc()).isEqualTo(Instant.parse("2012-02-07T00:23:00Z"));
  }

  @Test
  void entityEnginesAreOffUnlessSwitchedOnForTheLanguage() {
    Article chinese = Articles.withText("会见", "国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。");

    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(chinese);

    assertThat(enriched.language().code()).isEqualTo("zh");
    assertThat(enriched.entityCoverage()).isEqualTo(EntityCoverage.UNSUPPORTED);
    assertThat(enriched.entities()).isEmpty();
  }

  @Test
  void entityCoverageSaysWhetherAnEngineRan() {
    Enricher enricher = Enricher.withDefaults(CLOCK, Set.of("zh"));

    EnrichedArticle english = enricher.enrich(Articles.english());
    EnrichedArticle chinese = enricher.enrich(Articles.withText("会见", "国务院总理在北京会见了来访的德国总理，双方就经济合作交换了意见。"));

    assertThat(english.entityCoverage()).isEqualTo(EntityCoverage.UNSUPPORTED);
    assertThat(english.entityEngine()).isNull();
    assertThat(chinese.entityCoverage()).isEqualTo(EntityCoverage.ENGINE);
    assertThat(chinese.entityEngine()).isEqualTo(HanlpEntityRecognizer.ENGINE);
  }

  @Test
  void engineThatCannotLoadIsReportedAsFailedWithNoEntities() {
    EntityRecognizers broken = EntityRecognizers.builder()
        .add("en", "broken-en", () -> {
          throw new IllegalStateException("model missing");
        })
        .build();
    Enricher enricher = new Enricher(text -> new Language("en", "Latn", 1.0), KeywordExtractor.none(), broken, CLOCK);

    EnrichedArticle enriched = enricher.enrich(Articles.english());

    assertThat(enriched.entityCoverage()).isEqualTo(EntityCoverage.FAILED);
    assertThat(enriched.entityEngine()).isEqualTo("broken-en");
    assertThat(enriched.entities()).isEmpty();
  }

  @Test
  void articleIsItsOwnNearDuplicateClusterUntilTheIndexSaysOtherwise() {
    Article article = Articles.english();

    EnrichedArticle enriched = Enricher.withDefaults(CLOCK).enrich(article);

    assertThat(enriched.nearDuplicate().clusterId()).isEqualTo(article.id());
    assertThat(enriched.nearDuplicate().simhashBits()).isEqualTo(SimHash.of(article.text()));
  }
}
