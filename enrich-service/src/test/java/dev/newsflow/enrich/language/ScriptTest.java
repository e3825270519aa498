package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      Plain English words                   | Latn
      Слова на русском языке                | Cyrl
      كلمات عربية                            | Arab
      这些是简体中文的汉字，我们说话         | Hans
      這些是繁體中文的漢字，我們說話         | Hant
      ひらがなとカタカナ                     | Jpan
      東京の天気                             | Jpan
      한국어 문장                            | Kore
      韓國 대통령                            | Kore
      ภาษาไทย                               | Thai
      12345 !!!                             | null
      Москва and a few English words there  | Latn
      """)
  void scriptIsThatOfMostLettersWithKanaAndHangulDecidingForJapaneseAndKorean(String text, String script) {
    assertThat(Script.of(text, null)).isEqualTo(script);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      中文                   | Hant | Hant
      中文                   | Hans | Hans
      中文                   | null | Hani
      国家                   | Hant | Hans
      """)
  void hanTextWithoutTellingCharactersFallsBackToTheHint(String text, String hint, String script) {
    assertThat(Script.of(text, hint)).isEqualTo(script);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      这个国家的经济发展很快       | Hans
      這個國家的經濟發展很快       | Hant
      中文文本                     | null
      这個                         | null
      这这個                       | Hans
      """)
  void chineseVariantFollowsTheMajorityOfTellingCharacters(String text, String script) {
    assertThat(ChineseScript.of(text).orElse(null)).isEqualTo(script);
  }
}
