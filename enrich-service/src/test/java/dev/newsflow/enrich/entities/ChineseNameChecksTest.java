package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The dictionary-based checks on Chinese entity candidates, on hand-written sentences. */
class ChineseNameChecksTest {
  private static final OrganizationNames organizations = new OrganizationNames();

  private static Optional<String> organization(String text, String candidate) {
    int start = text.indexOf(candidate);
    return organizations.check(text, new EntityMention(start, start + candidate.length(), EntityType.ORGANIZATION))
        .map(m -> text.substring(m.start(), m.end()));
  }

  @ParameterizedTest(name = "{1} in {0} is no organisation")
  @CsvSource({
      "他会在明天出发。, 他会",                 // pronoun + modal verb
      "比赛进行了一场。, 一场",                 // numeral + measure word
      "很多人喜欢喝茶。, 很多人",               // quantity + person
      "当地的地方政府宣布了计划。, 地方政府",     // a generic description has no name in it
      "古代的契丹人生活在草原上。, 契丹人",       // a people, not an organisation
  })
  void organisationsWithoutANamePartAreDropped(String text, String candidate) {
    assertThat(organization(text, candidate)).isEmpty();
  }

  @ParameterizedTest(name = "{1} in {0} becomes {2}")
  @CsvSource({
      "他后来任英国文化协会的主席。, 任英国文化协会, 英国文化协会", // a verb taken in before the name
      "她毕业于北京大学。, 北京大学, 北京大学",                    // a real name stays whole
  })
  void leadingFunctionWordsAreCutOffOrganisations(String text, String candidate, String expected) {
    assertThat(organization(text, candidate)).contains(expected);
  }

  @Test
  void otherTypesPassTheOrganisationCheckUnchanged() {
    EntityMention person = new EntityMention(0, 2, EntityType.PERSON);

    assertThat(organizations.check("他会来", person)).contains(person);
  }

  @ParameterizedTest(name = "{0} is mostly a common word: {1}")
  @CsvSource({
      "现代, true",   // modern; also a car maker
      "大陆, true",   // mainland, continent
      "北京, false",
      "联合国, false",
      "卡斯特罗, false", // not in the core dictionary: no evidence either way
  })
  void dictionaryCountsTellCommonWordsFromNames(String word, boolean common) {
    assertThat(ChineseWordClasses.mostlyCommonWord(word)).isEqualTo(common);
  }

  @ParameterizedTest(name = "{0} is a function character: {1}")
  @CsvSource({
      "于, true", "在, true", "是, true", "都, true", "的, true",
      "王, false", "丹, false", "之, false", "明, false",
  })
  void functionCharactersAreClosedClassWordsAndAuxiliaries(char c, boolean function) {
    assertThat(ChineseWordClasses.isFunctionCharacter(c)).isEqualTo(function);
  }

  /** Terms from "word/nature" pairs, with offsets as if the words were written one after another. */
  private static List<Term> terms(String wordsSlashNatures) {
    List<Term> terms = new ArrayList<>();
    int offset = 0;
    for (String pair : wordsSlashNatures.split(" ")) {
      int slash = pair.lastIndexOf('/');
      Term term = new Term(pair.substring(0, slash), Nature.create(pair.substring(slash + 1)));
      term.offset = offset;
      offset += term.word.length();
      terms.add(term);
    }
    return terms;
  }

  private static List<String> dottedNames(String wordsSlashNatures) {
    List<Term> terms = terms(wordsSlashNatures);
    String text = terms.stream().map(t -> t.word).collect(Collectors.joining());
    return DottedNames.find(terms).stream().map(span -> text.substring(span[0], span[1])).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // the pieces are cut and tagged as HanLP does it: any part of speech
      "这/r 部/q 电影/n 由/p 马克/n ·/w 安东尼/nrf 主演/v, 马克·安东尼",
      "导演/n 是/vshi 杰弗/nr 里/f ·/w 迪/nz 恩/ng ·/w 摩根/nrf 。/w, 杰弗里·迪恩·摩根",
      "他/r 出演/v 了/ule 亨/nz 弗/dg 莱/q ·/w 鲍嘉/nr 游手好闲/vl, 亨弗莱·鲍嘉",
      "特别/d 助理/nnt 科/n 瑞/b ·/w 舒尔曼/nr 在/p, 科瑞·舒尔曼",
  })
  void aDottedNameIsFoundWholeBetweenOtherWords(String words, String name) {
    assertThat(dottedNames(words)).containsExactly(name);
  }

  @Test
  void aDotWithoutNameCharactersOnBothSidesIsNoName() {
    assertThat(dottedNames("价格/n ·/w 是的/v")).isEmpty();
    assertThat(dottedNames("·/w 马克/n")).isEmpty();
  }

  @Test
  void aDottedNameReplacesTheMentionsItOverlapsAndKeepsTheOthers() {
    List<Term> terms = terms("北京/ns 的/ude1 马克/n ·/w 安东尼/nrf 说/v");
    List<EntityMention> mentions = List.of(
        new EntityMention(0, 2, EntityType.LOCATION), new EntityMention(6, 9, EntityType.PERSON));

    assertThat(DottedNames.apply(terms, mentions)).containsExactly(
        new EntityMention(0, 2, EntityType.LOCATION), new EntityMention(3, 9, EntityType.PERSON));
  }
}
