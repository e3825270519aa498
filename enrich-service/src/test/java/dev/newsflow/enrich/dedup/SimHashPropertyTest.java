package dev.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SimHash on generated articles: words drawn from a vocabulary of made-up words, 200 to 400 of them.
 * Bounds are far in the tails of the distributions (a one-word edit averages about 3 bits, an
 * unrelated text 32), and the seed is fixed so a run is repeatable.
 */
class SimHashPropertyTest {

  @Property(tries = 200, seed = "20261129")
  void sameTextGivesTheSameHash(@ForAll("articles") List<String> words) {
    String text = String.join(" ", words);

    assertThat(SimHash.of(text)).isEqualTo(SimHash.of(new String(text.toCharArray())));
  }

  @Property(tries = 200, seed = "20261129")
  void oneWordChangedMovesOnlyAFewBits(@ForAll("articles") List<String> words, @ForAll @IntRange(min = 0, max = 199) int at) {
    List<String> edited = new ArrayList<>(words);
    edited.set(at, "zzqx");

    int distance = SimHash.distance(SimHash.of(String.join(" ", words)), SimHash.of(String.join(" ", edited)));

    assertThat(distance).isLessThanOrEqualTo(12);
  }

  @Property(tries = 200, seed = "20261129")
  void extraSentenceAtEitherEndMovesOnlyAFewBits(@ForAll("articles") List<String> words) {
    String text = String.join(" ", words);
    String copy = "PORTVILLE (Wire) — " + text + " Reporting by A. Writer.";

    assertThat(SimHash.distance(SimHash.of(text), SimHash.of(copy))).isLessThanOrEqualTo(12);
  }

  @Property(tries = 200, seed = "20261129")
  void unrelatedTextsAreFarApart(@ForAll("articles") List<String> one, @ForAll("articles") List<String> other) {
    int distance = SimHash.distance(SimHash.of(String.join(" ", one)), SimHash.of(String.join(" ", other)));

    assertThat(distance).isGreaterThanOrEqualTo(14);
  }

  @Provide
  Arbitrary<List<String>> articles() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
    return word.list().ofMinSize(200).ofMaxSize(400);
  }
}
