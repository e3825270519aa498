package dev.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaSettingsTest {

  @Test
  void fileKeysUnderKafkaPrefixBecomeClientProperties(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newsflow.properties");
    Files.writeString(file, """
        kafka.bootstrap.servers=broker1:9092,broker2:9092
        kafka.security.protocol=SASL_SSL
        ingest.user.agent=not a kafka setting
        """);
    KafkaSettings settings = KafkaSettings.load(Optional.of(file), Map.of());
    assertThat(settings.asMap())
        .containsEntry("bootstrap.servers", "broker1:9092,broker2:9092")
        .containsEntry("security.protocol", "SASL_SSL")
        .hasSize(2);
  }

  @Test
  void environmentOverridesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newsflow.properties");
    Files.writeString(file, "kafka.bootstrap.servers=from-file:9092\n");
    KafkaSettings settings = KafkaSettings.load(Optional.of(file), Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", "from-env:9092",
        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.jks",
        "HOME", "/root"));
    assertThat(settings.bootstrapServers()).contains("from-env:9092");
    assertThat(settings.asMap())
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks")
        .doesNotContainKey("home");
  }

  @Test
  void noBootstrapServersMeansEmbeddedMode() throws Exception {
    assertThat(KafkaSettings.load(Optional.empty(), Map.of("KAFKA_BOOTSTRAP_SERVERS", " ")).bootstrapServers()).isEmpty();
  }

  @Test
  void secretsAreRedactedInLogsAndToString() throws Exception {
    KafkaSettings settings = KafkaSettings.load(Optional.empty(), Map.of(
        "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"hunter2\";",
        "KAFKA_SSL_KEYSTORE_PASSWORD", "hunter2",
        "KAFKA_BOOTSTRAP_SERVERS", "b:9092"));
    assertThat(settings.toString()).doesNotContain("hunter2").contains("b:9092");
    assertThat(settings.redacted()).containsEntry("sasl.jaas.config", "***");
  }
}
