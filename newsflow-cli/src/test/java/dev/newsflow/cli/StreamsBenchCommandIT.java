package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench streams} end to end on its own embedded broker, with a handful of articles. */
class StreamsBenchCommandIT {

  @Test
  void enrichesEveryArticleOncePerThreadCountAndPrintsTheTable(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("langid.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      lines.append("{\"text\": \"The council met on day ").append(i)
          .append(" to discuss the budget for the coming year and the new bridge.\", \"lang\": \"en\", \"bucket\": \"paragraph\"}\n");
      lines.append("{\"text\": \"Le conseil s'est réuni le jour ").append(i)
          .append(" pour discuter du budget de l'année prochaine.\", \"lang\": \"fr\", \"bucket\": \"paragraph\"}\n");
    }
    Files.writeString(dataset, lines, StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("bench", "streams", "--dataset", dataset.toString(),
        "--paragraphs-per-article", "2", "--threads", "1,2", "--partitions", "2", "--articles", "20");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("20 articles of 2 paragraphs, topics of 2 partitions")
        .containsPattern("(?m)^ +1 +\\d+ +\\d+\\.\\d\\d +1\\.00x$")
        .containsPattern("(?m)^ +2 +\\d+ +\\d+\\.\\d\\d +\\d+\\.\\d\\dx$");
  }
}
