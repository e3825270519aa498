package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.json.ContractSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow demo} as a newcomer runs it: the packaged jar in its own JVM, nothing else
 * running. It must print one schema-valid JSON line per sample article and exit 0.
 */
class DemoJarIT {
  private static final Path JAR = Path.of("target", "newsflow.jar");

  @Test
  void demoPrintsEveryEnrichedArticleAsJsonAndExitsZero(@TempDir Path work) throws Exception {
    assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
    Path stdout = work.resolve("stdout.jsonl");
    Path stderr = work.resolve("stderr.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
    if (Runtime.version().feature() >= 24) {
      command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
    }
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "demo"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
    Process process = builder.start();
    boolean finished = process.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = read(stderr);
    assertThat(finished).as("demo finished in time; stderr:%n%s", log).isTrue();
    assertThat(process.exitValue()).as("exit code; stderr:%n%s", log).isZero();

    List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
    int pages = DemoSiteFiles.expectedPageCount();
    assertThat(lines).as("stdout").hasSize(pages);
    for (String line : lines) {
      assertThat(ContractSchemas.enrichedArticle().violations(line)).as(line).isEmpty();
    }
    assertThat(String.join("\n", lines)).contains("\"title\":\"Let us join hands to make Internet safe\"");
    assertThat(log).contains("enriched articles in");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
