package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Entity.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMergerTest {

  /** Mentions of each surface, in order, at every place it occurs. */
  private static List<EntityMention> mentions(String text, EntityType type, String... surfaces) {
    List<EntityMention> out = new ArrayList<>();
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
        out.add(new EntityMention(at, at + surface.length(), type));
      }
    }
    return out;
  }

  @Test
  void repeatedMentionsBecomeOneEntityWithCountAndPositionsInTextOrder() {
    String text = "Microsoft said on Monday. Later, Microsoft denied it.";

    List<Entity> entities = EntityMerger.merge(text, mentions(text, EntityType.ORGANIZATION, "Microsoft"), "test");

    assertThat(entities).containsExactly(new Entity("Microsoft", "Microsoft", EntityType.ORGANIZATION,
        List.of(new Mention(0, 9), new Mention(33, 42)), 2, "test"));
  }

  @Test
  void abbreviationsAndFullNamesOfTheSameCountryMerge() {
    String text = "The United States and the US Congress; the U.S. said.";

    List<Entity> entities = EntityMerger.merge(text, mentions(text, EntityType.LOCATION, "United States", "US", "U.S."), "test");

    assertThat(entities).hasSize(1);
    Entity us = entities.get(0);
    assertThat(us.text()).isEqualTo("United States");
    assertThat(us.normalized()).isEqualTo("United States");
    assertThat(us.count()).isEqualTo(3);
    assertThat(us.mentions()).extracting(Mention::start).isSorted();
  }

  @ParameterizedTest(name = "{0} ({1}) stays apart from {2} ({3})")
  @CsvSource({
      // French "un" is not the United Nations, whatever an engine says
      "un, ORGANIZATION, United Nations, ORGANIZATION",
      // an alias only applies within its type
      "US, ORGANIZATION, United States, LOCATION",
      // a shared word is not enough
      "Georgia, ORGANIZATION, Georgia Tech, ORGANIZATION",
      "EU, LOCATION, European Union, ORGANIZATION",
  })
  void mergesOnlyWhatIsSurelyTheSame(String a, EntityType typeA, String b, EntityType typeB) {
    String text = a + " and " + b;
    List<EntityMention> both = List.of(
        new EntityMention(0, a.length(), typeA), new EntityMention(text.length() - b.length(), text.length(), typeB));

    assertThat(EntityMerger.merge(text, both, "test")).hasSize(2);
  }

  @Test
  void sameNameWithDifferentTypesStaysTwoEntities() {
    String text = "Washington met people in Washington.";
    List<EntityMention> both = List.of(new EntityMention(0, 10, EntityType.PERSON), new EntityMention(25, 35, EntityType.LOCATION));

    assertThat(EntityMerger.merge(text, both, "test")).extracting(Entity::type)
        .containsExactly(EntityType.PERSON, EntityType.LOCATION);
  }

  @Test
  void aSurnameAloneJoinsTheOnlyFullNameItBelongsTo() {
    String text = "Tang Lan told China Daily. Tang added that ...";

    List<EntityMention> mentions = List.of(new EntityMention(0, 8, EntityType.PERSON), new EntityMention(27, 31, EntityType.PERSON));

    List<Entity> entities = EntityMerger.merge(text, mentions, "test");

    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).normalized()).isEqualTo("Tang Lan");
    assertThat(entities.get(0).mentions()).containsExactly(new Mention(0, 8), new Mention(27, 31));
  }

  @Test
  void aSurnameSharedByTwoFullNamesStaysOnItsOwn() {
    String text = "Hillary Clinton and Bill Clinton; Clinton said.";
    List<EntityMention> persons = List.of(
        new EntityMention(0, 15, EntityType.PERSON), new EntityMention(20, 32, EntityType.PERSON),
        new EntityMention(34, 41, EntityType.PERSON));

    assertThat(EntityMerger.merge(text, persons, "test")).extracting(Entity::normalized)
        .containsExactly("Hillary Clinton", "Bill Clinton", "Clinton");
  }

  @Test
  void normalisedFormsFoldWidthSpacingAndPossessives() {
    assertThat(EntityMerger.normalise("Ｍｉｃｒｏｓｏｆｔ", EntityType.ORGANIZATION)).isEqualTo("Microsoft");
    assertThat(EntityMerger.normalise("New \n York", EntityType.LOCATION)).isEqualTo("New York");
    assertThat(EntityMerger.normalise("Google's", EntityType.ORGANIZATION)).isEqualTo("Google");
  }

  @Test
  void entitiesComeInOrderOfFirstMention() {
    String text = "北京和上海，北京";
    List<EntityMention> mentions = List.of(
        new EntityMention(3, 5, EntityType.LOCATION), new EntityMention(0, 2, EntityType.LOCATION),
        new EntityMention(6, 8, EntityType.LOCATION));

    assertThat(EntityMerger.merge(text, mentions, "test")).extracting(Entity::text, Entity::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("北京", 2), org.assertj.core.groups.Tuple.tuple("上海", 1));
  }
}
