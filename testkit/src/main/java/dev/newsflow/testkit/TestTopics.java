package dev.newsflow.testkit;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * A fresh set of newsflow topics for one test, so tests sharing a broker (or an external cluster)
 * never see each other's records.
 *
 * @param names the topic names, all under a prefix unique to this test
 * @param kafka client settings for the broker the topics live on
 * @param runId the unique part of the prefix, handy for application ids and consumer groups
 */
public record TestTopics(TopicNames names, KafkaSettings kafka, String runId) {

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
}
