package dev.newsflow.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramCounterTest {
  @Test
  void countsLowerCaseLetterNgramsUpToFiveWithinWordsOnly() {
    Map<String, Integer> counts = new HashMap<>();

    NgramCounter.count("Abba, ab-c 12", counts);

    assertThat(counts).containsEntry("a", 3).containsEntry("b", 3).containsEntry("ab", 2)
        .containsEntry("abba", 1).containsEntry("c", 1)
        .doesNotContainKeys("a,", "b a", "bc", "1", "abbaa");
  }
}
