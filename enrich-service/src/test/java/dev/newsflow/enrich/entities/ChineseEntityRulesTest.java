package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on hand-made HanLP output, so they are pinned whatever HanLP's dictionaries say. */
class ChineseEntityRulesTest {

  /** Terms from "word/nature" pairs, with offsets as if the words were written one after another. */
  private static List<Term> terms(String... wordSlashNature) {
    List<Term> terms = new ArrayList<>();
    int offset = 0;
    for (String pair : wordSlashNature) {
      int slash = pair.lastIndexOf('/');
      Term term = new Term(pair.substring(0, slash), Nature.create(pair.substring(slash + 1)));
      term.offset = offset;
      offset += term.word.length();
      terms.add(term);
    }
    return terms;
  }

  @Test
  void personPlaceAndOrganisationTagsBecomeEntities() {
    List<EntityMention> mentions = ChineseEntityRules.mentions(
        terms("习近平/nr", "在/p", "北京/ns", "会见/v", "联合国/nt", "官员/n", "奥巴马/nrf"));

    assertThat(mentions).containsExactly(
        new EntityMention(0, 3, EntityType.PERSON),
        new EntityMention(4, 6, EntityType.LOCATION),
        new EntityMention(8, 11, EntityType.ORGANIZATION),
        new EntityMention(13, 16, EntityType.PERSON));
  }

  @Test
  void aPlaceBeforeAnInstitutionWordIsOneOrganisation() {
    assertThat(ChineseEntityRules.mentions(terms("成为/v", "北京/ns", "电影/n", "学院/nis", "首批/n")))
        .containsExactly(new EntityMention(2, 8, EntityType.ORGANIZATION));
  }

  @Test
  void anInstitutionTooFarAfterThePlaceLeavesThePlaceAlone() {
    assertThat(ChineseEntityRules.mentions(terms("北京/ns", "的/ude1", "电影/n", "学院/nis")))
        .containsExactly(new EntityMention(0, 2, EntityType.LOCATION));
  }

  @Test
  void aPlaceBeforeAnAdministrativeSuffixIsOnePlace() {
    assertThat(ChineseEntityRules.mentions(terms("将军澳/nz", "线/n", "全线/n", "通车/vi")))
        .containsExactly(new EntityMention(0, 4, EntityType.LOCATION));
  }

  @Test
  void aDottedTransliteratedNameIsOnePersonWithThePiecesBeforeTheDot() {
    List<EntityMention> mentions = ChineseEntityRules.mentions(
        terms("特别/d", "助理/nnt", "科/n", "瑞/b", "·/w", "舒尔曼/nr", "在/p"));

    assertThat(mentions).containsExactly(new EntityMention(4, 10, EntityType.PERSON));
  }

  @Test
  void aDotBetweenNonNamesIsNoPerson() {
    assertThat(ChineseEntityRules.mentions(terms("的/ude1", "·/w", "是/vshi"))).isEmpty();
  }

  @Test
  void aOneCharacterPersonIsDropped() {
    assertThat(ChineseEntityRules.mentions(terms("是/nr", "张三/nr"))).containsExactly(new EntityMention(1, 3, EntityType.PERSON));
  }

  @Test
  void otherProperNounsAreNotGuessedIntoATypeOnTheirOwn() {
    assertThat(ChineseEntityRules.mentions(terms("国安/nz", "再次/d"))).isEmpty();
  }

  @Test
  void aTwoCharacterChineseNameWithAFunctionWordInItIsDropped() {
    // "位于肯尼亚" and "国王是": HanLP's name tagger reads 于肯 and 王是 as names.
    assertThat(ChineseEntityRules.mentions(terms("位/q", "于肯/nr", "国/n", "王是/nr", "李明/nr"))).containsExactly(
        new EntityMention(6, 8, EntityType.PERSON));
  }

  @Test
  void aTransliteratedTwoCharacterNameIsNotCheckedForFunctionWords() {
    // 约 is mostly an adverb, but 约翰 is John.
    assertThat(ChineseEntityRules.mentions(terms("约翰/nrf", "来了/v"))).containsExactly(
        new EntityMention(0, 2, EntityType.PERSON));
  }

  @Test
  void aWordMostlyUsedAsACommonWordIsNoEntity() {
    // 现代 is "modern" far more often than the car maker.
    assertThat(ChineseEntityRules.mentions(terms("现代/ntc", "社会/n", "北京/ns"))).containsExactly(
        new EntityMention(4, 6, EntityType.LOCATION));
  }

  @Test
  void placesWrittenOneAfterAnotherAreOneAddress() {
    assertThat(ChineseEntityRules.mentions(terms("他/r", "住在/v", "美国/ns", "阿拉斯加州/ns", "和/c", "加拿大/ns")))
        .containsExactly(new EntityMention(3, 10, EntityType.LOCATION), new EntityMention(11, 14, EntityType.LOCATION));
  }

  @Test
  void aPlaceNextToAnOrganisationStaysAPlace() {
    assertThat(ChineseEntityRules.mentions(terms("美国/ns", "联合国/nt")))
        .containsExactly(new EntityMention(0, 2, EntityType.LOCATION), new EntityMention(2, 5, EntityType.ORGANIZATION));
  }

  @Test
  void aThreeCharacterNameIsDroppedOnlyWhenItStartsOrEndsWithAFunctionWord() {
    // 都有着 (all have) and 蒙古和 (Mongolia and) are not names; 林则徐 has 则 inside, as real names may.
    assertThat(ChineseEntityRules.mentions(terms("都有着/nr", "，/w", "蒙古和/nr", "林则徐/nr")))
        .containsExactly(new EntityMention(7, 10, EntityType.PERSON));
  }

  @Test
  void aPlaceBeforeAnArmyOrNewspaperWordIsOneOrganisation() {
    assertThat(ChineseEntityRules.mentions(terms("丹麦/nsf", "军队/n", "和/c", "伦敦/ns", "晚报/n")))
        .containsExactly(new EntityMention(0, 4, EntityType.ORGANIZATION), new EntityMention(5, 9, EntityType.ORGANIZATION));
  }

  @Test
  void aProperNounEndingInAPlaceWordIsAPlace() {
    assertThat(ChineseEntityRules.mentions(terms("游览/v", "莱茵河/nz", "和/c", "国安/nz")))
        .containsExactly(new EntityMention(2, 5, EntityType.LOCATION));
  }

  @Test
  void aPersonsNameBeforeAPlaceSuffixIsAPlaceNamedAfterThem() {
    assertThat(ChineseEntityRules.mentions(terms("他/r", "住在/v", "中山/nr", "路/n", "，/w", "张伟/nr", "说/v")))
        .containsExactly(new EntityMention(3, 6, EntityType.LOCATION), new EntityMention(7, 9, EntityType.PERSON));
  }
}
