package dev.newsflow.common.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A topic newsflow owns: its name, default partition count and topic-level settings.
 *
 * @param name topic name
 * @param partitions partition count used when newsflow creates the topic
 * @param configs topic-level settings (cleanup policy, retention ...)
 * @param purpose one line for operators
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs, String purpose) {
  public TopicSpec {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1");
    }
    configs = Map.copyOf(configs);
  }

  /**
   * The admin-client request that creates this topic.
   *
   * @param replicationFactor replicas per partition; 0 or less leaves it to the broker's
   *     {@code default.replication.factor}
   */
  public NewTopic toNewTopic(short replicationFactor) {
    NewTopic topic = replicationFactor > 0
        ? new NewTopic(name, partitions, replicationFactor)
        : new NewTopic(name, Optional.of(partitions), Optional.empty());
    return topic.configs(configs);
  }
}
