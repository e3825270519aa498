package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BoilerplateTokensTest {
  @Property(tries = 3000)
  void classAndIdStringsSplitAsTheRegexSplitsThem(@ForAll("names") String names) {
    String stripped = names.strip();
    if (stripped.isEmpty()) {
      assertThat(Boilerplate.tokens(stripped)).isEmpty();
    } else {
      assertThat(Boilerplate.tokens(stripped)).containsExactlyElementsOf(Arrays.asList(stripped.split("\\s+")));
    }
  }

  @Test
  void tokensAreSeparatedByAsciiWhitespaceOnly() {
    assertThat(Boilerplate.tokens("entry-content share")).containsExactly("entry-content", "share");
    assertThat(Boilerplate.tokens("a\tb\nc\u000Bd\fe\rf  g")).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(Boilerplate.tokens("nbsp\u00A0stays em\u2003too")).containsExactly("nbsp\u00A0stays", "em\u2003too");
    assertThat(Boilerplate.tokens("single")).containsExactly("single");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("ab-_ \t\n\u000B\f\r\u00A0\u2003\u001C\u3000Z")
        .ofMaxLength(20);
  }
}
