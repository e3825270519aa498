package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production shape: {@code newsflow enrich} and {@code newsflow ingest} as separate processes
 * against an existing cluster, configured only through environment variables, sharing it with
 * others through a topic prefix.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SeparateServicesIT {

  @Test
  void ingestAndEnrichRunAsSeparateProcessesConfiguredByEnvironment(KafkaBroker broker, @TempDir Path work) throws Exception {
    String prefix = "separate-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    Map<String, String> env = Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
        "NEWSFLOW_TOPIC_PREFIX", prefix,
        "NEWSFLOW_DATA_DIR", work.resolve("data").toString(),
        // Entity engines default to the models in the user's cache: none here, whatever the machine has.
        "NEWSFLOW_ENTITY_LANGUAGES", "none");
    try (DemoSite site = DemoSite.start()) {
      Process enrich = NewsflowJar.start(work, "enrich", List.of("enrich", "--threads", "2"), env);
      try {
        Process ingest = NewsflowJar.start(work, "ingest", List.of("ingest", "--once", "--allow-loopback",
            "--feed", site.baseUrl().resolve("/quotidien-atom.xml").toString(),
            "--source-id", "quotidien", "--time-zone", "Europe/Paris", "--per-host-delay", "0s"), env);
        assertThat(ingest.waitFor(2, TimeUnit.MINUTES)).as("ingest --once finishes").isTrue();
        assertThat(ingest.exitValue()).as(NewsflowJar.stderr(work, "ingest")).isZero();

        KafkaSettings kafka = KafkaSettings.of(Map.of("bootstrap.servers", broker.bootstrapServers()));
        List<EnrichedArticle> enriched = new ArrayList<>();
        try (EnrichedTopicReader reader = awaitTopic(kafka, prefix + "news.articles.enriched")) {
          long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
          while (enriched.isEmpty() && System.nanoTime() < deadline && enrich.isAlive()) {
            enriched.addAll(reader.poll(Duration.ofMillis(500)));
          }
        }
        assertThat(enriched).as("enrich stderr:%n%s", NewsflowJar.stderr(work, "enrich")).hasSize(1);
        assertThat(enriched.get(0).article().title()).isEqualTo("Lyon teste des navettes fluviales électriques");
        assertThat(enriched.get(0).article().source().id()).isEqualTo("quotidien");
        assertThat(enriched.get(0).language().code()).isEqualTo("fr");
      } finally {
        enrich.destroy();
      }
      assertThat(enrich.waitFor(90, TimeUnit.SECONDS)).as("enrich stops on SIGTERM").isTrue();
      assertThat(NewsflowJar.stderr(work, "enrich")).doesNotContain("ERROR");
    }
  }

  /** The enrich process creates the topics when it starts; wait for them. */
  private static EnrichedTopicReader awaitTopic(KafkaSettings kafka, String topic) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      try {
        return new EnrichedTopicReader(kafka, topic, true);
      } catch (IllegalStateException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }
}
