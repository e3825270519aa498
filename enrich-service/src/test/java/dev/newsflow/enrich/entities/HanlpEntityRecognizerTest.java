package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Language;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HanlpEntityRecognizerTest {
  private static final Language SIMPLIFIED = new Language("zh", "Hans", 1.0);
  private static final Language TRADITIONAL = new Language("zh", "Hant", 1.0);
  private static HanlpEntityRecognizer hanlp;

  @BeforeAll
  static void load() {
    hanlp = new HanlpEntityRecognizer();
  }

  private static Map<String, EntityType> found(String text, Language language) {
    return hanlp.recognize(text, language).stream()
        .collect(Collectors.toMap(m -> text.substring(m.start(), m.end()), EntityMention::type, (a, b) -> a));
  }

  @Test
  void findsPersonsPlacesAndOrganisationsInSimplifiedChinese() {
    String text = "国务院总理李克强在北京会见了联合国秘书长古特雷斯。";

    assertThat(found(text, SIMPLIFIED)).containsEntry("北京", EntityType.LOCATION).containsEntry("李克强", EntityType.PERSON);
  }

  @Test
  void traditionalTextIsRecognisedAsSimplifiedButOffsetsPointIntoTheOriginal() {
    String text = "雖然美國的許多數字化轉型都是史無前例的，奧巴馬的特別助理科瑞·舒爾曼在周一發布的博客中寫道。";

    Map<String, EntityType> found = found(text, TRADITIONAL);

    assertThat(found).containsEntry("美國", EntityType.LOCATION)
        .containsEntry("奧巴馬", EntityType.PERSON)
        .containsEntry("科瑞·舒爾曼", EntityType.PERSON);
  }

  @Test
  void unknownScriptIsConvertedToo() {
    assertThat(found("奧巴馬訪問美國", new Language("zh", null, 1.0))).containsKey("奧巴馬");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "𠮷野家在北京开了新店，张伟说。",          // a supplementary character before the entities
      "ＡＢＣ公司在上海，王芳说。",                // full-width Latin letters
      "据新华社北京电\n\n李明表示，上海和广州都很重要。", // paragraphs
      "Apple和微软在北京开会",                    // mixed scripts
  })
  void mentionsAreInOrderDisjointAndInsideTheText(String text) {
    List<EntityMention> mentions = hanlp.recognize(text, SIMPLIFIED);

    assertThat(mentions).isNotEmpty();
    int previousEnd = 0;
    for (EntityMention mention : mentions) {
      assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(mention.end()).isLessThanOrEqualTo(text.length());
      assertThat(Character.isLowSurrogate(text.charAt(mention.start()))).isFalse();
      previousEnd = mention.end();
    }
  }

  @Test
  void traditionalCharactersAreConvertedOneForOne() {
    String traditional = "奧巴馬訪問美國";

    assertThat(HanlpEntityRecognizer.toSimplified(traditional)).isEqualTo("奥巴马访问美国");
    assertThat(HanlpEntityRecognizer.toSimplified("")).isEmpty();
  }

  @Test
  void blankTextHasNoMentions() {
    assertThat(hanlp.recognize("  \n", SIMPLIFIED)).isEmpty();
    assertThat(hanlp.recognize(null, SIMPLIFIED)).isEmpty();
  }

  @Test
  void supportsChineseOnly() {
    assertThat(hanlp.supports(SIMPLIFIED)).isTrue();
    assertThat(hanlp.supports(TRADITIONAL)).isTrue();
    assertThat(hanlp.supports(new Language("ja", "Jpan", 1.0))).isFalse();
    assertThat(hanlp.supports(Language.undetermined())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "日本优惠政策吸引了很多游客。",  // read as a Japanese name 本优惠 when that recogniser runs
      "商场在地下一层开了新店。",      // 地下一
  })
  void ordinaryWordsAreNotReadAsJapaneseNames(String text) {
    assertThat(found(text, SIMPLIFIED)).doesNotContainValue(EntityType.PERSON);
  }
}
