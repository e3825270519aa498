package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be checked without a broker; the run against a real broker is an integration test. */
class EnrichServiceTest {
  @TempDir Path stateDir;

  private static final Enricher ENGLISH_ONLY =
      new Enricher(text -> new Language("en", "Latn", 1.0), KeywordExtractor.none(), Clock.systemUTC());

  private static KafkaSettings kafka(Map<String, String> extra) {
    var map = new HashMap<>(extra);
    map.put(KafkaSettings.BOOTSTRAP_SERVERS, "127.0.0.1:9");
    return KafkaSettings.of(map);
  }

  @Test
  void runsExactlyOnceWithTheGivenIdStateThreadsAndReplication() {
    var settings = new EnrichSettings("enrich-test", stateDir, 3, (short) 3);

    Properties p = EnrichService.streamsProperties(kafka(Map.of()), settings);

    assertThat(p)
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test")
        .containsEntry(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString())
        .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "3")
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "3")
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100")
        .containsEntry("consumer.auto.offset.reset", "earliest")
        .containsEntry("bootstrap.servers", "127.0.0.1:9");
    // Streams itself must accept the result
    assertThat(new StreamsConfig(p).getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
  }

  @Test
  void clientSettingsMayTuneDefaultsButNotTheGuarantees() {
    KafkaSettings kafka = kafka(Map.of(
        "commit.interval.ms", "1000",
        "processing.guarantee", "at_least_once",
        "application.id", "someone-else",
        "security.protocol", "SASL_SSL"));

    Properties p = EnrichService.streamsProperties(kafka, EnrichSettings.local(stateDir));

    assertThat(p)
        .containsEntry("commit.interval.ms", "1000")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("processing.guarantee", "exactly_once_v2")
        .containsEntry("application.id", EnrichSettings.DEFAULT_APPLICATION_ID);
  }

  @Test
  void replicationFactorZeroLeavesItToTheCluster() {
    var props = EnrichService.streamsProperties(kafka(Map.of()), new EnrichSettings("a", stateDir, 1, (short) 0));
    assertThat(props).containsEntry("replication.factor", "-1");
  }

  @Test
  void settingsDefaultTheApplicationIdAndRejectNonsense() {
    assertThat(new EnrichSettings(" ", stateDir, 1, (short) 1).applicationId()).isEqualTo("newsflow-enrich");
    assertThat(new EnrichSettings(null, stateDir, 1, (short) 1).applicationId()).isEqualTo("newsflow-enrich");
    assertThatThrownBy(() -> new EnrichSettings("a", stateDir, 0, (short) 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("streamThreads");
    assertThatThrownBy(() -> new EnrichSettings("a", stateDir, 1, (short) -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicationFactor");
    assertThatThrownBy(() -> new EnrichSettings("a", null, 1, (short) 1))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void isCreatedWithoutTouchingKafkaAndClosesWithoutStarting() {
    try (var service = new EnrichService(kafka(Map.of()), TopicNames.DEFAULT, EnrichSettings.local(stateDir), ENGLISH_ONLY, Clock.systemUTC())) {
      assertThat(service.state()).isEqualTo(KafkaStreams.State.CREATED);
      assertThat(service.close(Duration.ofSeconds(10))).isTrue();
      assertThat(service.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
      assertThatThrownBy(() -> service.start(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void startFailsWithAClearTimeoutWhenNoBrokerAnswers() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    KafkaSettings unreachable = KafkaSettings.of(Map.of(
        KafkaSettings.BOOTSTRAP_SERVERS, "127.0.0.1:" + closedPort,
        "reconnect.backoff.max.ms", "100"));

    try (var service = new EnrichService(unreachable, TopicNames.DEFAULT, EnrichSettings.local(stateDir), ENGLISH_ONLY, Clock.systemUTC())) {
      assertThatThrownBy(() -> service.start(Duration.ofMillis(500)))
          .isInstanceOf(TimeoutException.class)
          .hasMessageContaining("127.0.0.1:" + closedPort)
          .hasMessageContaining("topics");
      assertThatThrownBy(() -> service.start(Duration.ofMillis(500)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("started or closed before");
    }
  }
}
