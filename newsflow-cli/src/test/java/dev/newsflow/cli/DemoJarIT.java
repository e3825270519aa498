package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.json.ContractSchemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow demo} as a newcomer runs it: the packaged jar in its own JVM, nothing else
 * running. It must print one schema-valid JSON line per sample article and exit 0.
 */
class DemoJarIT {
  @Test
  void demoPrintsEveryEnrichedArticleAsJsonAndExitsZero(@TempDir Path work) throws Exception {
    Process process = NewsflowJar.start(work, "demo", List.of("demo"), Map.of());
    boolean finished = process.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = NewsflowJar.stderr(work, "demo");
    assertThat(finished).as("demo finished in time; stderr:%n%s", log).isTrue();
    assertThat(process.exitValue()).as("exit code; stderr:%n%s", log).isZero();

    List<String> lines = NewsflowJar.stdout(work, "demo").lines().toList();
    int pages = DemoSiteFiles.expectedPageCount();
    assertThat(lines).as("stdout").hasSize(pages);
    for (String line : lines) {
      assertThat(ContractSchemas.enrichedArticle().violations(line)).as(line).isEmpty();
    }
    assertThat(String.join("\n", lines)).contains("\"title\":\"Let us join hands to make Internet safe\"");
    assertThat(log).contains("enriched articles in");
  }
}
