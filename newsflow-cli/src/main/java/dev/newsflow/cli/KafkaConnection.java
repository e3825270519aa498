package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka cluster a command talks to: the configured one, or an in-process broker started for
 * this run when none is configured.
 *
 * <p>The in-process broker writes its address to {@code <data>/kafka/bootstrap.txt}, so a second
 * command on the same machine ({@code newsflow tail}) finds it without configuration.
 */
final class KafkaConnection implements AutoCloseable {
  static final String BOOTSTRAP_FILE = "bootstrap.txt";
  private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaSettings settings;
  private final EmbeddedKafkaBroker embedded;
  private final Path bootstrapFile;

  private KafkaConnection(KafkaSettings settings, EmbeddedKafkaBroker embedded, Path bootstrapFile) {
    this.settings = settings;
    this.embedded = embedded;
    this.bootstrapFile = bootstrapFile;
  }

  /**
   * Uses the configured cluster, or starts an in-process broker with its data under {@code
   * dataDirectory/kafka} when {@code settings} name none.
   */
  static KafkaConnection open(KafkaSettings settings, Path dataDirectory, PrintStream status) throws IOException {
    if (settings.bootstrapServers().isPresent()) {
      status.printf("newsflow: using Kafka at %s%n", settings.bootstrapServers().get());
      return new KafkaConnection(settings, null, null);
    }
    Path kafkaDirectory = dataDirectory.resolve("kafka");
    status.printf("newsflow: no KAFKA_BOOTSTRAP_SERVERS set, starting an embedded Kafka broker (data in %s)%n", kafkaDirectory);
    long started = System.nanoTime();
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDirectory);
    status.printf("newsflow: embedded Kafka broker ready at %s in %d ms%n",
        broker.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
    Path bootstrapFile = kafkaDirectory.resolve(BOOTSTRAP_FILE);
    Files.writeString(bootstrapFile, broker.bootstrapServers() + "\n", StandardCharsets.UTF_8);
    return new KafkaConnection(settings.withBootstrapServers(broker.bootstrapServers()), broker, bootstrapFile);
  }

  /**
   * Uses the configured cluster, or the embedded broker another newsflow command is running on
   * this data directory. Never starts a broker.
   */
  static KafkaSettings find(KafkaSettings settings, Path dataDirectory) throws IOException {
    if (settings.bootstrapServers().isPresent()) {
      return settings;
    }
    Path file = dataDirectory.resolve("kafka").resolve(BOOTSTRAP_FILE);
    Optional<String> running = Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    return settings.withBootstrapServers(running.filter(s -> !s.isEmpty()).orElseThrow(() -> new IOException(
        "no Kafka to read from: set KAFKA_BOOTSTRAP_SERVERS, or start `newsflow run` with the same --data-dir ("
            + dataDirectory + ")")));
  }

  KafkaSettings settings() {
    return settings;
  }

  /** Creates the topics that are missing, with this connection's replication factor. */
  void ensureTopics(TopicNames topics) throws InterruptedException, TimeoutException {
    ensureTopics(settings, topics, replicationFactor());
  }

  /**
   * Creates the topics that are missing on the cluster {@code settings} name.
   *
   * @param replicationFactor replicas for new topics; 0 for the cluster's default
   */
  static void ensureTopics(KafkaSettings settings, TopicNames topics, short replicationFactor)
      throws InterruptedException, TimeoutException {
    try (Admin admin = Admin.create(settings.toProperties())) {
      Topics.ensureExist(admin, topics.specs(), replicationFactor, TOPIC_TIMEOUT);
    }
  }

  boolean embedded() {
    return embedded != null;
  }

  /** Replicas for topics newsflow creates: 1 on the embedded broker, the broker default otherwise. */
  short replicationFactor() {
    return embedded != null ? (short) 1 : (short) 0;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
      Files.deleteIfExists(bootstrapFile);
    }
  }
}
