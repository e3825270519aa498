package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.json.ContractSchemas;
import dev.newsflow.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code newsflow replay --output} as an analyst runs it: the packaged jar, no Kafka configured, a
 * directory of archives in. It must write one schema-valid enriched article per archived article
 * page and exit 0; run again on the same data directory, it publishes nothing new and still
 * writes the whole backfill.
 */
class ReplayJarIT {
  private static final Path JAR = Path.of("target", "newsflow.jar");
  private static final Instant CAPTURED = Instant.parse("2024-03-05T10:15:30Z");

  @Test
  void replayWritesEveryArchivedArticleEnrichedAsJsonLinesAndResumesOnTheSameDataDirectory(@TempDir Path work)
      throws Exception {
    assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
    Path archives = Files.createDirectories(work.resolve("CC-NEWS/2024/03"));
    writeArchive(archives.resolve("CC-NEWS-20240305101530-00000.warc.gz"), 0, 3);
    writeArchive(archives.resolve("CC-NEWS-20240305111530-00001.warc.gz"), 3, 2);

    Run first = run(work, "replay", work.resolve("CC-NEWS").toString(), "--output", "articles.jsonl",
        "--data-dir", "data", "--time-zone", "Europe/Berlin");
    assertThat(first.exitCode).as("exit code; stderr:%n%s", first.stderr).isZero();
    assertThat(first.stderr).contains("2 WARC files to replay", "articles published", "all 5 articles enriched");

    List<String> lines = Files.readAllLines(work.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    List<String> titles = new ArrayList<>();
    for (String line : lines) {
      assertThat(ContractSchemas.enrichedArticle().violations(line)).as(line).isEmpty();
      JsonNode article = Json.mapper().readTree(line).path("article");
      titles.add(article.path("title").asText());
      assertThat(article.path("fetchedAt").asText()).isEqualTo("2024-03-05T10:15:30Z");
      assertThat(article.path("source").path("id").asText()).isEqualTo("news.example.org");
    }
    assertThat(titles).containsExactlyInAnyOrder(
        "Story number 0", "Story number 1", "Story number 2", "Story number 3", "Story number 4");
    assertThat(Files.list(work.resolve("data/replay")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("CC-NEWS-20240305101530-00000.warc.gz.checkpoint",
            "CC-NEWS-20240305111530-00001.warc.gz.checkpoint");

    Run second = run(work, "replay", work.resolve("CC-NEWS").toString(), "--output", "again.jsonl",
        "--data-dir", "data");
    assertThat(second.exitCode).as("exit code; stderr:%n%s", second.stderr).isZero();
    assertThat(second.stderr).contains("was replayed before: skipped", "0 articles published");
    assertThat(Files.readAllLines(work.resolve("again.jsonl"), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrderElementsOf(lines);
  }

  private record Run(int exitCode, String stderr) {}

  private static Run run(Path work, String... args) throws IOException, InterruptedException {
    Path stderr = work.resolve("stderr-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
    if (Runtime.version().feature() >= 24) {
      command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
    }
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(work.resolve("stdout.log").toFile())
        .redirectError(stderr.toFile());
    builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
    builder.environment().remove("NEWSFLOW_DATA_DIR");
    Process process = builder.start();
    boolean finished = process.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
    assertThat(finished).as("replay finished in time; stderr:%n%s", log).isTrue();
    return new Run(process.exitValue(), log);
  }

  /** Request and response records for {@code count} article pages, plus a 404 that must be skipped. */
  private static void writeArchive(Path file, int first, int count) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (int i = first; i < first + count; i++) {
        URI url = URI.create("https://news.example.org/2024/03/05/story-" + i + ".html");
        writer.write(new WarcRequest.Builder(url).date(CAPTURED)
            .body(new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost()).build()).build());
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story number " + i
            + " - Example News</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story number " + i
            + "</h1><p>This is the story number " + i + " of the day, told in a few plain sentences for the test.</p>"
            + "<p>Its second paragraph adds some detail, so that the extractor sees a real article here.</p>"
            + "<p>The third paragraph closes the story with a quote from a spokesperson of the harbour.</p>"
            + "</article><footer>Copyright Example News</footer></body></html>";
        writer.write(new WarcResponse.Builder(url).date(CAPTURED)
            .body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build())
            .build());
      }
      URI missing = URI.create("https://news.example.org/missing-" + first + ".html");
      writer.write(new WarcResponse.Builder(missing).date(CAPTURED)
          .body(new HttpResponse.Builder(404, "Not Found")
              .body(MediaType.HTML, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)).build())
          .build());
    }
  }
}
