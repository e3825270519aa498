package dev.newsflow.ingest.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetMatchTest {

  @ParameterizedTest(name = "[{1}] in [{0}]: {2}")
  @CsvSource(delimiter = '|', value = {
      "First line.<NL><NL>Second   line. | First line. Second line. | true",
      "a<NBSP>b                       | a b                      | true",
      "a b                            | a <TAB> b                | true",
      "Lead paragraph here.           | lead paragraph           | false",
      "Lead paragraph here.           | paragraph here.          | true",
      "x                              | Lead                     | false",
  })
  void snippetIsFoundAfterCollapsingWhitespaceCaseSensitively(String text, String snippet, boolean found) {
    SnippetMatch match = SnippetMatch.of(unescape(text), List.of(unescape(snippet)), List.of());
    assertThat(match.truePositives()).isEqualTo(found ? 1 : 0);
    assertThat(match.falseNegatives()).isEqualTo(found ? 0 : 1);
  }

  private static String unescape(String s) {
    return s.replace("<NL>", "\n").replace("<NBSP>", "\u00a0").replace("<TAB>", "\t");
  }

  @Test
  void withSnippetsCountTrueOrFalseNegativeWithoutSnippetsFalseOrTrueNegative() {
    String text = "The article starts here. It ends here. Share on Facebook";
    SnippetMatch match = SnippetMatch.of(text,
        List.of("The article starts here.", "It ends here.", "A paragraph the extractor lost."),
        List.of("Share on Facebook", "Cookie settings"));
    assertThat(match).isEqualTo(new SnippetMatch(2, 1, 1, 1));
  }

  @Test
  void emptyOutputFindsNothing() {
    assertThat(SnippetMatch.of("", List.of("a", "b"), List.of("c")))
        .isEqualTo(new SnippetMatch(0, 2, 0, 1));
  }
}
