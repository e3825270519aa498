package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Newsflow.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void checkPrintsASummaryOfAValidFileAndExitsZero() throws Exception {
    Path file = Files.writeString(dir.resolve("ok.yaml"), """
        sources:
          - id: lemonde
            name: Le Monde
            country: FR
            timeZone: Europe/Paris
            language: fr
            feeds: [https://www.lemonde.fr/rss/une.xml]
          - id: nhk
            name: NHK
            timeZone: Asia/Tokyo
            language: ja
            feeds: [https://www3.nhk.or.jp/rss/news/cat0.xml]
            pollInterval: 3m
        """);

    assertThat(run("sources", "check", file.toString())).isZero();
    assertThat(out.toString())
        .contains("lemonde", "Le Monde", "Europe/Paris", "nhk", "Asia/Tokyo", "3m")
        .contains("is valid: 2 sources, 2 feeds, 0 article URLs, 2 languages (fr ja), 1 countries");
  }

  @Test
  void checkPrintsEveryProblemWithFileLineAndReasonAndExitsNonZero() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), """
        sources:
          - id: lemonde
            timeZone: Europe/Pariss
            feed: [https://www.lemonde.fr/rss/une.xml]
        """);

    assertThat(run("sources", "check", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(file + ":3:15: bad-time-zone")
        .contains(file + ":4:5: unknown-key: unknown key 'feed' in a source (did you mean 'feeds'?)")
        .contains("is invalid (2 problems)");
  }

  @Test
  void checkOfAMissingFileSaysSoAndExitsNonZero() {
    assertThat(run("sources", "check", dir.resolve("nope.yaml").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void bundledSourcesCheckOut() {
    assertThat(run("sources", "check", "--bundled")).isZero();
    assertThat(out.toString()).contains("chinadaily", "China Daily", "Asia/Shanghai", "人民网", "the bundled sources is valid");
  }

  @Test
  void showDefaultsPrintsTheDocumentedDefaultsFile() {
    assertThat(run("sources", "check", "--show-defaults")).isZero();
    assertThat(out.toString()).contains("perHostDelay", "maxArticlesPerPoll", "timeZone");
  }

  @Test
  void runRefusesAnInvalidSourcesFileAtStartUpWithTheLineAndReason() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "sources:\n  - id: x\n    country: UK\n    feeds: [https://example.com/f]\n");

    assertThat(run("run", "--sources", file.toString(), "--data-dir", dir.resolve("data").toString())).isEqualTo(1);
    assertThat(err.toString()).contains(file + ":3:14: bad-country");
    assertThat(dir.resolve("data")).as("nothing was started").doesNotExist();
  }
}
