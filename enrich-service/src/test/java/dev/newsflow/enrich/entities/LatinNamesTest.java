package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinNamesTest {

  private static List<String> found(String text, List<EntityMention> mentions) {
    return LatinNames.apply(text, mentions).stream()
        .map(m -> m.type() + ":" + text.substring(m.start(), m.end())).toList();
  }

  private static EntityMention at(String text, String word, EntityType type) {
    int start = text.indexOf(word);
    return new EntityMention(start, start + word.length(), type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "记者采访了玛丽（Mary Smith）。| 玛丽 | PERSON | Mary Smith",
      "会议在日内瓦 (Genève) 举行。| 日内瓦 | LOCATION | Genève",
      "他加入了谷歌（Google）。| 谷歌 | ORGANIZATION | Google",
  })
  void theOriginalNameInParenthesesAfterANameIsTheSameEntity(String text, String name, EntityType type, String gloss) {
    assertThat(found(text, List.of(at(text, name, type)))).containsExactly(type + ":" + name, type + ":" + gloss);
  }

  @Test
  void parenthesesAfterAnythingButANameAreLeftAlone() {
    String text = "价格上涨（GDP）后，张伟说。";

    assertThat(found(text, List.of(at(text, "张伟", EntityType.PERSON)))).containsExactly("PERSON:张伟");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "昨天Pugh 女士接受了治疗。, Pugh",
      "Van Dyke先生表示同意。, Van Dyke",
  })
  void aCapitalisedLatinNameBeforeAPersonalTitleIsAPerson(String text, String name) {
    assertThat(found(text, List.of())).containsExactly("PERSON:" + name);
  }

  @Test
  void aLowerCaseWordOrOneWithoutTitleIsNoPerson() {
    assertThat(found("使用app先生们都说好。", List.of())).isEmpty();
    assertThat(found("Pugh 接受了治疗。", List.of())).isEmpty();
  }

  @Test
  void aLatinNameAlreadyInAMentionIsNotAddedTwice() {
    String text = "IBM公司的Smith先生";
    EntityMention company = at(text, "IBM公司", EntityType.ORGANIZATION);
    EntityMention smith = at(text, "Smith", EntityType.PERSON);

    assertThat(LatinNames.apply(text, List.of(company, smith))).containsExactly(company, smith);
  }

  @Test
  void aStandAloneAcronymOfCapitalsIsAnOrganisation() {
    assertThat(found("据NASA消息，火箭已发射。", List.of())).containsExactly("ORGANIZATION:NASA");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "该国GDP增长了。",        // a common economic abbreviation
      "他是公司的CEO。",        // a job title
      "使用iPhone拍照。",       // mixed case
      "型号ABCDEF已经停产。",   // too long for an acronym of a name
      "编号AB12的车辆。",       // letters and digits
  })
  void otherLatinCapitalsAreNoOrganisation(String text) {
    assertThat(found(text, List.of())).isEmpty();
  }
}
