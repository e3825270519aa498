package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NerScoreTest {

  private static List<String> tags(String spaceSeparated) {
    return Arrays.asList(spaceSeparated.split(" "));
  }

  @ParameterizedTest(name = "gold [{0}] predicted [{1}] -> tp {2} fp {3} fn {4}")
  @CsvSource({
      // exact match
      "B-PER I-PER O,        B-PER I-PER O,        1, 0, 0",
      // partial span: one wrong prediction and one missed entity, not half a hit
      "B-PER I-PER O,        B-PER O O,            0, 1, 1",
      "O B-ORG I-ORG I-ORG,  O O B-ORG I-ORG,      0, 1, 1",
      // span too long
      "B-LOC O O,            B-LOC I-LOC O,        0, 1, 1",
      // right span, wrong type
      "B-LOC I-LOC O,        B-ORG I-ORG O,        0, 1, 1",
      // two adjacent entities are two, not one long one
      "B-PER B-PER O,        B-PER I-PER O,        0, 1, 2",
      "B-PER B-PER O,        B-PER B-PER O,        2, 0, 0",
      // conlleval reads a stray I- as the start of an entity
      "B-PER I-PER O,        I-PER I-PER O,        1, 0, 0",
      "O B-LOC O,            O I-LOC O,            1, 0, 0",
      // I- of another type starts a new entity
      "B-PER I-PER O,        B-PER I-LOC O,        0, 2, 1",
      // nothing predicted, nothing in gold
      "O O O,                O O O,                0, 0, 0",
      "O O O,                B-MISC O O,           0, 1, 0",
  })
  void countsEntitiesWhoseSpanAndTypeMatchExactly(String gold, String predicted, long tp, long fp, long fn) {
    NerCounts counts = NerScore.of(tags(gold), tags(predicted)).total();

    assertThat(counts).isEqualTo(new NerCounts(tp, fp, fn));
  }

  @Test
  void precisionRecallAndF1AreEntityLevelPercentages() {
    NerScore score = NerScore.of(tags("B-PER I-PER O B-LOC O B-ORG"), tags("B-PER I-PER O B-LOC I-LOC O"));

    NerCounts total = score.total();
    assertThat(total).isEqualTo(new NerCounts(1, 1, 2));
    assertThat(total.precision()).isCloseTo(50.0, within(1e-9));
    assertThat(total.recall()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(total.f1()).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void scoresPerTypeCountTypeMismatchesOnBothSides() {
    NerScore score = NerScore.of(tags("B-LOC I-LOC O"), tags("B-ORG I-ORG O"));

    assertThat(score.of("LOC")).isEqualTo(new NerCounts(0, 0, 1));
    assertThat(score.of("ORG")).isEqualTo(new NerCounts(0, 1, 0));
    assertThat(score.of("PER")).isEqualTo(NerCounts.ZERO);
    assertThat(score.types()).containsExactly("LOC", "ORG");
  }

  @Test
  void withoutMiscDropsMiscFromGoldAndPrediction() {
    NerScore score = NerScore.of(tags("B-MISC O B-PER"), tags("O B-MISC B-PER"));

    assertThat(score.total()).isEqualTo(new NerCounts(1, 1, 1));
    assertThat(score.withoutMisc()).isEqualTo(new NerCounts(1, 0, 0));
    assertThat(score.withoutMisc().f1()).isEqualTo(100.0);
  }

  @Test
  void scoresOfSentencesAddUp() {
    NerScore first = NerScore.of(tags("B-PER O"), tags("B-PER O"));
    NerScore second = NerScore.of(tags("B-PER O"), tags("O B-LOC"));

    NerScore sum = first.plus(second);

    assertThat(sum.of("PER")).isEqualTo(new NerCounts(1, 0, 1));
    assertThat(sum.of("LOC")).isEqualTo(new NerCounts(0, 1, 0));
  }

  @Test
  void emptyCountsScoreZeroRatherThanNaN() {
    assertThat(NerCounts.ZERO.precision()).isZero();
    assertThat(NerCounts.ZERO.recall()).isZero();
    assertThat(NerCounts.ZERO.f1()).isZero();
  }
}
