package dev.newsflow.ingest.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenOverlapTest {

  /** Hand-counted: shared tokens (each as often as in both) over extracted, over truth. */
  @ParameterizedTest(name = "[{0}] vs [{1}]")
  @CsvSource(delimiter = '|', value = {
      // identical text, different whitespace and punctuation
      "One, two;  three.      | one two three       | 0.6666667 | 0.6666667",
      "a b c                  | a b c                | 1.0       | 1.0",
      // a a b c vs a b b d: shared a once, b once
      "a a b c                | a b b d              | 0.5       | 0.5",
      // boilerplate added: 2 of 4 extracted tokens are right, all of the truth found
      "menu home a b          | a b                  | 0.5       | 1.0",
      // per character for Han: 今天天气好 (5) vs 今天天气很好 (6) share 5
      "今天天气好              | 今天天气很好          | 1.0       | 0.8333333",
      // mixed script: 在 2012 年 发 布 vs 在 2012 年 公 布 share 4 of 5
      "在2012年发布            | 在 2012 年 公布       | 0.8       | 0.8",
      // nothing extracted from a page with text: neither precise nor complete
      "''                     | some text            | 0.0       | 0.0",
      // text extracted from a page whose truth is empty
      "stray words            | ''                   | 0.0       | 1.0",
      "''                     | ''                   | 1.0       | 1.0",
  })
  void precisionAndRecallAreSharedTokensOverEachSide(String extracted, String truth, double p, double r) {
    TokenOverlap overlap = TokenOverlap.of(extracted, truth);
    assertThat(overlap.precision()).isCloseTo(p, within(1e-6));
    assertThat(overlap.recall()).isCloseTo(r, within(1e-6));
  }
}
