package dev.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SimHashTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "harbour-original, harbour-syndicated",
    "rail-zh-original, rail-zh-syndicated",
  })
  void syndicatedCopyWithOtherDatelineAndCreditIsWithinTheDefaultDistance(String original, String copy) {
    long a = SimHash.of(NearDuplicateTexts.read(original));
    long b = SimHash.of(NearDuplicateTexts.read(copy));

    assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(NearDuplicateSettings.DEFAULT_MAX_DISTANCE);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "harbour-original, library-unrelated",
    "harbour-syndicated, library-unrelated",
    "harbour-original, rail-zh-original",
  })
  void unrelatedStoriesAreFarApart(String one, String other) {
    long a = SimHash.of(NearDuplicateTexts.read(one));
    long b = SimHash.of(NearDuplicateTexts.read(other));

    assertThat(SimHash.distance(a, b)).isGreaterThan(2 * NearDuplicateSettings.DEFAULT_MAX_DISTANCE);
  }

  @Test
  void caseWidthAndPunctuationDoNotChangeTheHash() {
    String text = "The council approved the plan on Tuesday, after a long debate about the cost of the harbour wall.";
    String variant = "THE COUNCIL approved the plan on Tuesday — after a long debate about the cost of the ＨＡＲＢＯＵＲ wall!";

    assertThat(SimHash.of(variant)).isEqualTo(SimHash.of(text));
  }

  @Test
  void hanCharactersAreTokensOfTheirOwnAndSpacedScriptsAreWords() {
    assertThat(SimHash.tokens("中国日报 China Daily, 2012年")).containsExactly("中", "国", "日", "报", "china", "daily", "2012", "年");
    assertThat(SimHash.tokens("서울 시장이 말했다")).containsExactly("서울", "시장이", "말했다");
    assertThat(SimHash.tokens("नमस्ते दुनिया")).containsExactly("नमस्ते", "दुनिया");
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '", "'Breaking news.'", "'One two three four five six seven eight nine.'"}, nullValues = "NULL")
  void textTooShortToFingerprintIsEmpty(String text) {
    assertThat(SimHash.of(text)).isEqualTo(SimHash.EMPTY);
  }

  @Test
  void nullTextIsEmpty() {
    assertThat(SimHash.of(null)).isEqualTo(SimHash.EMPTY);
  }

  @Test
  void textLongEnoughIsNeverTheEmptyFingerprint() {
    assertThat(SimHash.of("one two three four five six seven eight nine ten")).isNotEqualTo(SimHash.EMPTY);
  }

  @Test
  void distanceCountsDifferingBits() {
    assertThat(SimHash.distance(0L, -1L)).isEqualTo(64);
    assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    assertThat(SimHash.distance(42L, 42L)).isZero();
  }
}
