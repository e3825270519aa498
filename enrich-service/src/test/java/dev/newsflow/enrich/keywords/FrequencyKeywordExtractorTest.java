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

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      zh  | 国务院总理在北京会见了来访的德国总理
      ja  | 政府は火曜日に新たな措置を発表した
      ru  | Правительство объявило о новых мерах
      und | The government announced the government measures
      """)
  void languagesWithoutAStopwordListGetNoKeywords(String code, String title) {
    Language language = code.equals("und") ? Language.undetermined() : new Language(code, null, 0.99);

    assertThat(extractor.extract(title, title + " " + title, language)).isEmpty();
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
