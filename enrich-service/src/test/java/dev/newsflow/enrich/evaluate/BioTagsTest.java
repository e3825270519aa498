package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.enrich.entities.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioTagsTest {

  private static EntityMention mention(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new EntityMention(start, start + surface.length(), type);
  }

  @Test
  void spaceJoinedTokensGetTheTagsOfTheMentionsOverThem() {
    NerSample sample = new NerSample("en", List.of("Tang", "Lan", "visited", "New", "York", "."), List.of("O", "O", "O", "O", "O", "O"));
    String text = sample.text();

    List<String> tags = BioTags.tags(sample, List.of(
        mention(text, "Tang Lan", EntityType.PERSON), mention(text, "New York", EntityType.LOCATION)));

    assertThat(text).isEqualTo("Tang Lan visited New York .");
    assertThat(tags).containsExactly("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O");
  }

  @Test
  void chineseTokensAreJoinedWithoutSpacesAndMentionsAlignByCharacterOffsets() {
    NerSample sample = new NerSample("zh", List.of("北京", "国安", "再次", "夺冠"), List.of("B-ORG", "I-ORG", "O", "O"));

    List<String> tags = BioTags.tags(sample, List.of(new EntityMention(0, 4, EntityType.ORGANIZATION)));

    assertThat(sample.text()).isEqualTo("北京国安再次夺冠");
    assertThat(tags).containsExactly("B-ORG", "I-ORG", "O", "O");
  }

  @Test
  void aTokenBelongsToAMentionOnlyWhenMoreThanHalfOfItIsCovered() {
    NerSample sample = new NerSample("zh", List.of("北京市", "海淀区", "的", "中关村"), List.of("O", "O", "O", "O"));

    // "北京" covers two thirds of "北京市"; "海" one third of "海淀区"; "关村" two thirds of "中关村"
    List<String> tags = BioTags.tags(sample, List.of(
        new EntityMention(0, 4, EntityType.LOCATION), new EntityMention(8, 10, EntityType.LOCATION)));

    assertThat(tags).containsExactly("B-LOC", "O", "O", "B-LOC");
  }

  @Test
  void aMentionCoveringExactlyHalfOfATwoCharacterWordDoesNotTakeIt() {
    NerSample sample = new NerSample("zh", List.of("中国人", "民"), List.of("O", "O"));

    List<String> tags = BioTags.tags(sample, List.of(new EntityMention(2, 4, EntityType.PERSON)));

    assertThat(tags).containsExactly("O", "B-PER");
  }

  @Test
  void adjacentMentionsStaySeparateEntities() {
    NerSample sample = new NerSample("en", List.of("Paris", "London"), List.of("B-LOC", "B-LOC"));

    List<String> tags = BioTags.tags(sample, List.of(
        new EntityMention(0, 5, EntityType.LOCATION), new EntityMention(6, 12, EntityType.LOCATION)));

    assertThat(tags).containsExactly("B-LOC", "B-LOC");
    assertThat(NerScore.of(sample.tags(), tags).total()).isEqualTo(new NerCounts(2, 0, 0));
  }

  @Test
  void surrogatePairsCountAsTwoUtf16Units() {
    NerSample sample = new NerSample("zh", List.of("𠮷野", "家"), List.of("B-ORG", "I-ORG"));

    List<String> tags = BioTags.tags(sample, List.of(new EntityMention(0, 4, EntityType.ORGANIZATION)));

    assertThat(sample.tokenStarts()).containsExactly(0, 3);
    assertThat(tags).containsExactly("B-ORG", "I-ORG");
  }

  @Test
  void miscMentionsAreTaggedMisc() {
    NerSample sample = new NerSample("de", List.of("die", "Bundesliga"), List.of("O", "B-MISC"));

    assertThat(BioTags.tags(sample, List.of(new EntityMention(4, 14, EntityType.MISC))))
        .containsExactly("O", "B-MISC");
  }
}
