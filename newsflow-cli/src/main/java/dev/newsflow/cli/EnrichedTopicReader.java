package dev.newsflow.cli;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the enriched topic as an analyst's consumer would: committed records only, every
 * partition, without joining a consumer group (so it never takes partitions from anyone).
 */
final class EnrichedTopicReader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EnrichedTopicReader.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final JsonSerde<EnrichedArticle> serde = JsonSerde.enrichedArticle();
  private final String topic;
  private final Map<TopicPartition, Long> endAtStart;

  EnrichedTopicReader(KafkaSettings kafka, String topic, boolean fromBeginning) {
    this.topic = topic;
    Properties props = kafka.toProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-reader");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist (yet): start the pipeline first");
    }
    consumer.assign(partitions);
    this.endAtStart = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
  }

  /** The enriched articles that arrived within {@code timeout}; malformed records are logged and skipped. */
  List<EnrichedArticle> poll(Duration timeout) {
    List<EnrichedArticle> result = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
      try {
        result.add(serde.deserialize(topic, record.value()));
      } catch (SerializationException e) {
        log.warn("skipping record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
      }
    }
    return result;
  }

  /** Whether everything the topic held when this reader started has been read. */
  boolean caughtUp() {
    for (Map.Entry<TopicPartition, Long> end : endAtStart.entrySet()) {
      if (consumer.position(end.getKey(), Duration.ofSeconds(30)) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
