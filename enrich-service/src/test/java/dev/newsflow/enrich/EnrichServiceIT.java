package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.ops.Health;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Streams application on a real broker: exactly-once output and dead letters, end to end. */
@ExtendWith(KafkaBrokerExtension.class)
class EnrichServiceIT {

  @Test
  void enrichesGoodArticlesAndDeadLettersPoisonWithoutStopping(KafkaBroker broker, @TempDir Path state) throws Exception {
    TestTopics test = TestTopics.create(broker, "enrich-it");
    TopicNames topics = test.names();
    KafkaSettings kafka = test.kafka();
    Article first = Articles.english();
    Article second = Articles.withText("Second article", "Another English text about the weather in the north of the country today.");
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      producer.send(new ProducerRecord<>(topics.articles(), first.id(), JsonSerde.article().serialize("t", first))).get();
      producer.send(new ProducerRecord<>(topics.articles(), "poison", "{not json".getBytes(StandardCharsets.UTF_8))).get();
      producer.send(new ProducerRecord<>(topics.articles(), second.id(), JsonSerde.article().serialize("t", second))).get();
    }

    EnrichSettings settings = new EnrichSettings(test.runId(), state, 1, broker.replicationFactor());
    try (EnrichService service = new EnrichService(kafka, topics, settings)) {
      service.start(Duration.ofSeconds(60));

      List<ConsumerRecord<String, byte[]>> enriched = test.read(topics.enriched(), 2);
      assertThat(enriched).as("records on " + topics.enriched()).hasSize(2);
      assertThat(enriched).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first.id(), second.id());
      EnrichedArticle firstOut = enriched.stream()
          .filter(r -> r.key().equals(first.id()))
          .map(r -> JsonSerde.enrichedArticle().deserialize("t", r.value()))
          .findFirst().orElseThrow();
      assertThat(firstOut.article()).isEqualTo(first);
      assertThat(firstOut.language().code()).isEqualTo("en");

      List<ConsumerRecord<String, byte[]>> dead = test.read(topics.deadLetter(), 1);
      assertThat(dead).as("records on " + topics.deadLetter()).hasSize(1);
      DeadLetter letter = JsonSerde.deadLetter().deserialize("t", dead.get(0).value());
      assertThat(letter.stage()).isEqualTo(EnrichTopology.STAGE);
      assertThat(letter.reason()).isEqualTo(EnrichTopology.REASON_UNDESERIALISABLE);
      assertThat(letter.origin().topic()).isEqualTo(topics.articles());
      assertThat(letter.origin().key()).isEqualTo("poison");
      assertThat(letter.payload()).isEqualTo("{not json");
    }
  }

  @Test
  void healthFollowsTheStreamsStateAndMetricsShowTheThreadsWork(KafkaBroker broker, @TempDir Path state)
      throws Exception {
    TestTopics test = TestTopics.create(broker, "enrich-health");
    TopicNames topics = test.names();
    Article article = Articles.english();
    try (KafkaProducer<String, byte[]> producer = producer(test.kafka())) {
      producer.send(new ProducerRecord<>(topics.articles(), article.id(), JsonSerde.article().serialize("t", article))).get();
    }
    EnrichSettings settings = new EnrichSettings(test.runId(), state, 1, broker.replicationFactor());
    EnrichService service = new EnrichService(test.kafka(), topics, settings);
    try {
      assertThat(service.health()).isEqualTo(Health.starting("streams CREATED"));
      assertThat(service.metricsText()).isEmpty();

      service.start(Duration.ofSeconds(60));
      assertThat(test.read(topics.enriched(), 1)).hasSize(1);

      assertThat(service.health()).isEqualTo(Health.up("streams RUNNING"));
      assertThat(service.metricsText())
          .containsPattern("(?m)^kafka_stream_thread_process_total\\{thread_id=\"[^\"]+\"} [1-9]")
          .doesNotContain("stream_task", "NaN");
    } finally {
      service.close();
    }
    Health stopped = service.health();
    assertThat(stopped.ready()).isFalse();
    assertThat(stopped.live()).as("stopped on purpose, not crashed").isTrue();
  }

  private static KafkaProducer<String, byte[]> producer(KafkaSettings kafka) {
    Properties props = kafka.toProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }
}
