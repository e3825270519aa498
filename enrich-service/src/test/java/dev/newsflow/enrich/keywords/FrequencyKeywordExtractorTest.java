package dev.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyKeywordExtractorTest {
  private final FrequencyKeywordExtractor extractor = new FrequencyKeywordExtractor(5);

  private static Language lang(String code) {
    return new Language(code, "Latn", 0.99);
  }

  @Test
  void ranksRepeatedContentWordsAndDropsStopwords() {
    String text = """
        The central bank raised interest rates again on Tuesday. The bank said inflation was still \
        too high, and that interest rates would stay high until inflation falls.

        Markets had expected the bank to act.""";

    assertThat(extractor.extract("", text, lang("en")))
        .containsExactly("bank", "interest", "rates", "inflation", "high");
  }

  @Test
  void aTitleWordOutranksAWordSeenTwiceInTheText() {
    String text = "Voters queued for hours. Officials counted votes overnight, and voters waited.";

    assertThat(extractor.extract("Election turnout", text, lang("en")))
        .startsWith("election", "turnout", "voters");
  }

  @Test
  void wordsSeenOnceOnlyInTheTextAreNotKeywords() {
    assertThat(extractor.extract("", "A quiet afternoon with nothing happening anywhere.", lang("en"))).isEmpty();
  }

  @Test
  void mergesCaseAndCutsFrenchElision() {
    String text = "L'inflation recule. Selon l'Insee, l'inflation atteint son niveau le plus bas.";

    assertThat(extractor.extract("Inflation", text, lang("fr"))).containsExactly("inflation");
  }

  @Test
  void germanAndSpanishHaveTheirOwnStopwords() {
    assertThat(extractor.extract("Die Regierung und die Opposition", "", lang("de")))
        .containsExactly("regierung", "opposition");
    assertThat(extractor.extract("El gobierno y la oposición", "", lang("es")))
        .containsExactly("gobierno", "oposición");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      zh   | 国务院总理在北京会见了来访的德国总理。德国总理表示，德国与中国的合作 | 总理, 德国
      Hant | 國務院總理在北京會見了來訪的德國總理。德國總理表示，德國與中國的合作 | 總理, 德國
      ja   | 政府は火曜日に新たな経済対策を発表した。政府の経済対策は物価高に対応する | 政府, 経済, 対策
      ko   | 정부는 화요일 새로운 경제 대책을 발표했다. 정부의 경제 대책은 물가 상승에 대응한다 | 정부, 경제, 대책
      ru   | Правительство объявило о новых мерах. Правительство обещает, что меры помогут | правительство
      th   | รัฐบาลประกาศมาตรการเศรษฐกิจใหม่ รัฐบาลกล่าวว่ามาตรการเศรษฐกิจจะช่วยประชาชน | รัฐบาล, มาตรการ, เศรษฐกิจ
      it   | Il governo ha annunciato nuove misure. Il governo dice che le misure aiuteranno le famiglie | governo, misure
      """)
  void languagesWithoutSpacesAreSegmentedAndOthersUseTheirStopwords(String language, String text, String expected) {
    Language lang = language.equals("Hant") ? new Language("zh", "Hant", 0.99) : new Language(language, null, 0.99);

    assertThat(extractor.extract("", text, lang)).startsWith(expected.split(", "));
  }

  @Test
  void chineseKeywordsAreNounsNotFunctionWordsOrVerbs() {
    String text = "我们认为，国家统计局发布的数据显示经济增长放缓。我们要看到，国家统计局表示经济前景仍然稳定。";

    assertThat(extractor.extract("", text, new Language("zh", "Hans", 0.99)))
        .containsExactly("国家统计局", "经济");
  }

  @Test
  void undeterminedAndUncoveredLanguagesGetNoKeywords() {
    String title = "The government announced the government measures";
    assertThat(extractor.extract(title, title, Language.undetermined())).isEmpty();
    assertThat(extractor.extract("Serikali imetangaza hatua", "Serikali serikali hatua", new Language("sw", null, 0.9)))
        .isEmpty();
  }

  @Test
  void everyCoveredLanguageLoadsAndSurvivesOddInput() {
    for (String code : FrequencyKeywordExtractor.LANGUAGES) {
      Language lang = new Language(code, null, 0.9);
      assertThat(extractor.extract("", "\u0000 42 -- \uFFFD 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " + "x".repeat(300), lang)).as(code).isNotNull();
    }
    assertThat(FrequencyKeywordExtractor.LANGUAGES).hasSizeGreaterThan(35).contains("zh", "ja", "ko", "th", "ru", "ar");
  }

  @Test
  void keepsAtMostTheConfiguredNumber() {
    String title = "alpha bravo charlie delta echo foxtrot golf hotel";

    assertThat(new FrequencyKeywordExtractor(3).extract(title, "", lang("en"))).hasSize(3);
    assertThat(new FrequencyKeywordExtractor(0).extract(title, "", lang("en"))).isEmpty();
  }

  @Test
  void noneFindsNothing() {
    assertThat(KeywordExtractor.none().extract("Election", "Election election", lang("en"))).isEmpty();
  }
}
