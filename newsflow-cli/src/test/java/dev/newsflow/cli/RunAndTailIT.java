package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.json.JsonSerde;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-in-one mode as an operator uses it, with the packaged jar: {@code newsflow run} on the
 * embedded broker, {@code newsflow tail} finding that broker through the data directory, SIGTERM
 * stopping everything cleanly, and a restart on the same directory keeping the topics.
 */
class RunAndTailIT {
  @Test
  void runCollectsTailShowsItAndARestartKeepsTheArticles(@TempDir Path work) throws Exception {
    Path data = work.resolve("data");
    try (DemoSite site = DemoSite.start()) {
      String feed = site.baseUrl().resolve("/nordblick-rss.xml").toString();
      List<String> runArgs = List.of("run", "--data-dir", data.toString(), "--feed", feed, "--allow-loopback",
          "--source-id", "nordblick", "--time-zone", "Europe/Berlin", "--per-host-delay", "0s", "--interval", "1h");

      List<String> withMetrics = new java.util.ArrayList<>(runArgs);
      withMetrics.addAll(List.of("--metrics", "0"));
      Process run = start(work, "run-1", withMetrics);
      try {
        EnrichedArticle first = tailOne(work, data, "tail-1");
        assertThat(first.article().title()).isEqualTo("Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe");
        assertThat(first.language().code()).isEqualTo("de");
        String endpoint = opsEndpoint(read(work.resolve("run-1.err")));
        assertThat(get(endpoint + "/metrics"))
            .contains("newsflow_ingest_published_total{source=\"nordblick\"} 1")
            .containsPattern("newsflow_ingest_last_discovery_timestamp_seconds\\{source=\"nordblick\"\\} \\d+")
            .containsPattern("kafka_stream_thread_process_total\\{[^}]+\\} [1-9]");
        assertThat(get(endpoint + "/health/ready")).contains("\"status\":\"UP\"", "streams RUNNING");
      } finally {
        run.destroy(); // SIGTERM, as Ctrl-C or a container stop would send
      }
      assertThat(run.waitFor(90, TimeUnit.SECONDS)).as("run stops on SIGTERM").isTrue();
      assertThat(read(work.resolve("run-1.err"))).contains("newsflow: stopped");
      assertThat(data.resolve("kafka").resolve(KafkaConnection.BOOTSTRAP_FILE)).doesNotExist();

      // Same data directory: the embedded broker comes back with the enriched topic as it was.
      Process again = start(work, "run-2", runArgs);
      try {
        EnrichedArticle kept = tailOne(work, data, "tail-2");
        assertThat(kept.article().title()).isEqualTo("Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe");
      } finally {
        again.destroy();
        assertThat(again.waitFor(90, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  /** Runs {@code tail --from-beginning --max 1 --format json} until the running broker answers. */
  private static EnrichedArticle tailOne(Path work, Path data, String name) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(data.resolve("kafka").resolve(KafkaConnection.BOOTSTRAP_FILE))) {
        Process tail = start(work, name, List.of(
            "tail", "--data-dir", data.toString(), "--from-beginning", "--max", "1", "--format", "json", "--idle-timeout", "60s"));
        assertThat(tail.waitFor(90, TimeUnit.SECONDS)).as("tail finished").isTrue();
        List<String> lines = Files.readAllLines(work.resolve(name + ".out"), StandardCharsets.UTF_8);
        if (tail.exitValue() == 0 && !lines.isEmpty()) {
          return JsonSerde.enrichedArticle().deserialize("t", lines.get(0).getBytes(StandardCharsets.UTF_8));
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no enriched article arrived; tail said: " + read(work.resolve(name + ".err")));
  }

  /** The address of the endpoint that `run --metrics 0` announced on stderr. */
  private static String opsEndpoint(String stderr) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("run metrics at (http://\\S+)/metrics,").matcher(stderr);
    assertThat(m.find()).as("metrics address on stderr: %s", stderr).isTrue();
    return m.group(1);
  }

  /** The body of a GET that must answer 200. */
  private static String get(String url) throws Exception {
    try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
      java.net.http.HttpResponse<String> response = client.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
      return response.body();
    }
  }

  private static Process start(Path work, String name, List<String> args) throws IOException {
    // Entity engines default to the models in the user's cache: none here, whatever the machine has.
    return NewsflowJar.start(work, name, args, Map.of("NEWSFLOW_ENTITY_LANGUAGES", "none"));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
