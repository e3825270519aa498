package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TokenRepairsTest {
  private static List<CoreLabel> tokens(String text) {
    return PTBTokenizer.factory(new CoreLabelTokenFactory(), "invertible,ptb3Escaping=false,splitHyphenated=false")
        .getTokenizer(new StringReader(text)).tokenize();
  }

  private static List<String> words(String text, Repair repair) {
    List<CoreLabel> repaired = repair.apply(text, tokens(text));
    for (CoreLabel token : repaired) {
      // every token still points at exactly its characters
      assertThat(text.substring(token.beginPosition(), token.endPosition())).isEqualTo(token.originalText());
    }
    return repaired.stream().map(CoreLabel::word).toList();
  }

  private interface Repair {
    List<CoreLabel> apply(String text, List<CoreLabel> tokens);
  }

  @Test
  void germanAbbreviationsAreOneTokenAgainWithOffsetsIntoTheText() {
    assertThat(words("Er kam bzw. sie ging nach Chr. Geburt.", TokenRepairs::joinAbbreviations))
        .containsExactly("Er", "kam", "bzw.", "sie", "ging", "nach", "Chr.", "Geburt", ".");
  }

  @Test
  void theFinalPeriodOfATextStaysItsOwnToken() {
    assertThat(words("Sie wohnt in Ulm.", TokenRepairs::joinAbbreviations)).endsWith("Ulm", ".");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Im 8. Jahrhundert kam er.|Im 8. Jahrhundert kam er .",
      "Am 15. Mai spielt der 1. FC Köln.|Am 15. Mai spielt der 1. FC Köln .",
      "Er wurde 1990. Danach nicht.|Er wurde 1990 . Danach nicht .",
      "Sie zählte bis 12.|Sie zählte bis 12 .",
  })
  void germanOrdinalsAreOneTokenButYearsAndTheLastNumberEndASentence(String text, String expected) {
    assertThat(String.join(" ", words(text, TokenRepairs::joinOrdinals))).isEqualTo(expected);
  }

  @Test
  void anOrdinalAtTheEndOfALineIsNotJoinedToTheNextLine() {
    assertThat(words("Er kam als 3.\nDann ging er.", TokenRepairs::joinOrdinals)).startsWith("Er", "kam", "als", "3", ".");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nach Smith' Tod|nach Smith' Tod",
      "in Thutmosis' Tempel|in Thutmosis' Tempel",
      "er sagte 'Berlin' und ging|er sagte ' Berlin ' und ging",
  })
  void germanGenitiveApostrophesStayWithTheNameButClosingQuotesDoNot(String text, String expected) {
    assertThat(String.join(" ", words(text, TokenRepairs::joinGenitiveApostrophes))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the Home Depot.. what|the Home Depot .. what",
      "drink Coke .......... drink Pepsi|drink Coke .......... drink Pepsi",
      "He left. Then she came.|He left . Then she came .",
  })
  void runsOfPeriodsAreOneToken(String text, String expected) {
    assertThat(String.join(" ", words(text, TokenRepairs::joinDotRuns))).isEqualTo(expected);
  }
}
