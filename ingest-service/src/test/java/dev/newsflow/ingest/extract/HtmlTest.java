package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {
  private static final Set<Character.UnicodeScript> CJK_SCRIPTS = Set.of(
      Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
      Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

  @Test
  void theCjkTableAgreesWithTheUnicodeScriptOfEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      // Hangul jamo and the like below the CJK radicals block are left out on purpose.
      boolean expected = c >= 0x2E80 && CJK_SCRIPTS.contains(Character.UnicodeScript.of(c));
      assertThat(Html.isCjk((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} is CJK: {1}")
  @CsvSource({"中, true", "國, true", "の, true", "カ, true", "한, true", "a, false", "é, false",
      "Я, false", "，, false", "。, false", "ー, false", "〇, true", "ᄀ, false"})
  void cjkCharactersAreHanKanaAndHangulOnly(char c, boolean cjk) {
    assertThat(Html.isCjk(c)).isEqualTo(cjk);
  }

  @Test
  void weightedLengthCountsCjkThreeTimesAndSkipsPunctuation() {
    assertThat(Html.weightedLength("新华社, ok!")).isEqualTo(11);
  }
}
