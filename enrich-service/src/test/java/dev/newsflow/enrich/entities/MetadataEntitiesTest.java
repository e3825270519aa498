package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataEntitiesTest {
  private static Article article(List<String> authors, Source source, String siteName, String text) {
    return Article.of("https://example.com/a", "https://example.com/a", source, "Title", authors, null, null,
        "en", siteName, null, text, Instant.parse("2026-11-29T12:00:00Z"));
  }

  @Test
  void bylinePersonsAndTheOutletComeFirstWithoutMentions() {
    Article article = article(List.of("Tang Lan"), new Source("chinadaily", "China Daily", "CN"), "China Daily", "China grows.");
    Entity china = new Entity("China", "China", EntityType.LOCATION, List.of(new Entity.Mention(0, 5)), 1, "corenlp-en");

    List<Entity> entities = MetadataEntities.withMetadata(article, List.of(china));

    assertThat(entities).extracting(e -> e.type() + ":" + e.normalized() + ":" + e.engine() + ":" + e.count())
        .containsExactly("PERSON:Tang Lan:byline:0", "ORGANIZATION:China Daily:source:0", "LOCATION:China:corenlp-en:1");
  }

  @Test
  void aNameTheTextAlsoMentionsStaysTheTextsEntity() {
    Article article = article(List.of("Tang Lan"), new Source("x", "Example News", null), null, "Tang Lan wrote.");
    Entity tang = new Entity("Tang Lan", "Tang Lan", EntityType.PERSON, List.of(new Entity.Mention(0, 8)), 1, "corenlp-en");

    List<Entity> entities = MetadataEntities.withMetadata(article, List.of(tang));

    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).containsExactly(tang);
  }

  @Test
  void aWireServiceTheBylineNamesIsAnOrganisationBesideThePublishingOutlet() {
    Article syndicated = article(List.of("Anna Berg"), new Source("x", "Harbour News", null), null, "Text.")
        .withByline(null, "Coastal Wire");
    Article own = article(List.of("Tang Lan"), new Source("cd", "China Daily", "CN"), null, "Text.")
        .withByline(null, "China Daily");

    assertThat(MetadataEntities.withMetadata(syndicated, List.of()))
        .extracting(e -> e.type() + ":" + e.normalized() + ":" + e.engine())
        .containsExactly("PERSON:Anna Berg:byline", "ORGANIZATION:Coastal Wire:byline", "ORGANIZATION:Harbour News:source");
    assertThat(MetadataEntities.withMetadata(own, List.of()))
        .extracting(Entity::normalized).containsExactly("Tang Lan", "China Daily");
  }

  @Test
  void theSiteNameStandsInForAnOutletWithoutAName() {
    Article article = article(List.of(), new Source("x", null, null), "Der Spiegel", "Text.");

    assertThat(MetadataEntities.withMetadata(article, List.of()))
        .extracting(Entity::normalized).containsExactly("Der Spiegel");
  }

  @Test
  void noAuthorsAndNoOutletNameGiveOnlyTheTextsEntities() {
    Article article = article(List.of(), new Source("x", " ", null), null, "Text.");

    assertThat(MetadataEntities.withMetadata(article, List.of())).isEmpty();
  }
}
