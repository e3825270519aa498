package dev.newsflow.ingest.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void tokenFiguresAreMeansOverPagesAndF1IsOfTheMeans() {
    Tally tally = new Tally("set", "zh");
    tally.add(page(new TokenOverlap(1.0, 0.5), null));
    tally.add(page(new TokenOverlap(0.5, 0.5), null));
    tally.add(new PageScore(true, new TokenOverlap(0, 0), null, null, null, null, 0));
    Figures f = tally.figures();
    // P = (1 + 0.5 + 0) / 3 = 0.5, R = (0.5 + 0.5 + 0) / 3 = 1/3, F1 = 2 * 0.5 * 1/3 / (0.5 + 1/3) = 0.4
    assertThat(f.tokenPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(f.tokenRecall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(f.tokenF1()).isCloseTo(0.4, within(1e-9));
    assertThat(f.pages()).isEqualTo(3);
    assertThat(f.failures()).isEqualTo(1);
    assertThat(f.bodyPages()).isEqualTo(3);
    assertThat(f.snippetPages()).isZero();
  }

  @Test
  void snippetFiguresAreFromCountsSummedOverPages() {
    Tally tally = new Tally("set", "de");
    tally.add(page(null, new SnippetMatch(2, 1, 0, 3)));
    tally.add(page(null, new SnippetMatch(1, 0, 1, 0)));
    Figures f = tally.figures();
    // tp 3, fn 1, fp 1, tn 3: P = 3/4, R = 3/4, F1 = 3/4, accuracy = 6/8.
    // (Averaging per page instead would give P = (1 + 0.5) / 2 = 0.75 but R = (2/3 + 1) / 2 = 0.833.)
    assertThat(f.snippetPrecision()).isCloseTo(0.75, within(1e-9));
    assertThat(f.snippetRecall()).isCloseTo(0.75, within(1e-9));
    assertThat(f.snippetF1()).isCloseTo(0.75, within(1e-9));
    assertThat(f.snippetAccuracy()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void titleAndDateAccuracyCountOnlyPagesWhoseTruthHasThem() {
    Tally tally = new Tally("set", "en");
    tally.add(new PageScore(false, null, new SnippetMatch(1, 0, 0, 1), true, false, null, 1_000_000_000L));
    tally.add(new PageScore(false, null, new SnippetMatch(1, 0, 0, 1), null, true, true, 1_000_000_000L));
    tally.add(new PageScore(false, null, new SnippetMatch(1, 0, 0, 1), false, null, null, 2_000_000_000L));
    Figures f = tally.figures();
    assertThat(f.titles()).isEqualTo(2);
    assertThat(f.titleAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(f.days()).isEqualTo(2);
    assertThat(f.dayAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(f.minutes()).isEqualTo(1);
    assertThat(f.minuteAccuracy()).isCloseTo(1.0, within(1e-9));
    assertThat(f.pagesPerSecond()).isCloseTo(0.75, within(1e-9));
  }

  private static PageScore page(TokenOverlap tokens, SnippetMatch snippets) {
    return new PageScore(false, tokens, snippets, null, null, null, 1000);
  }
}
