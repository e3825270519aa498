package dev.newsflow.testkit;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A fresh set of newsflow topics for one test, so tests sharing a broker (or an external cluster)
 * never see each other's records.
 *
 * @param names the topic names, all under a prefix unique to this test
 * @param kafka client settings for the broker the topics live on
 * @param runId the unique part of the prefix, handy for application ids and consumer groups
 */
public record TestTopics(TopicNames names, KafkaSettings kafka, String runId) {
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(1);

  /** Creates the newsflow topics under {@code label-<random>.} on {@code broker}. */
  public static TestTopics create(KafkaBroker broker, String label) throws InterruptedException, TimeoutException {
    String runId = label + "-" + UUID.randomUUID().toString().substring(0, 8);
    TopicNames names = TopicNames.withPrefix(runId + ".");
    KafkaSettings kafka = KafkaSettings.of(Map.of("bootstrap.servers", broker.bootstrapServers()));
    try (Admin admin = Admin.create(kafka.toProperties())) {
      Topics.ensureExist(admin, names.specs(), broker.replicationFactor(), Duration.ofSeconds(30));
    }
    return new TestTopics(names, kafka, runId);
  }

  /**
   * Reads {@code topic} from the beginning until at least {@code atLeast} committed records arrived
   * (or a minute passed), then half a second more, so that a record beyond the expected ones (a
   * duplicate) shows up in the result too.
   */
  public List<ConsumerRecord<String, byte[]>> read(String topic, int atLeast) {
    Properties props = kafka.toProperties();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (records.size() < atLeast && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }
}
