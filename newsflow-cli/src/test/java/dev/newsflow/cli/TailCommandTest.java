package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.EnrichedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class TailCommandTest {
  private final EnrichedArticle englishFromChinaDaily = ArticleFixtures.chinaDailyEnriched();

  @ParameterizedTest(name = "tail {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                    | true
      --language en                         | true
      --language EN                         | true
      --language fr                         | false
      --source chinadaily                   | true
      --source xinhua                       | false
      --language en --source chinadaily     | true
      --language en --source xinhua         | false
      """)
  void filtersByLanguageAndSource(String args, boolean shown) {
    TailCommand tail = new TailCommand();
    // Configured as Newsflow.commandLine() configures every command.
    new CommandLine(tail).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args.isBlank() ? new String[0] : args.split(" "));
    assertThat(tail.matches(englishFromChinaDaily)).isEqualTo(shown);
  }
}
