package dev.newsflow.ingest.publish;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes clean articles and dead letters, and returns only once the broker has them.
 *
 * <p>The producer is idempotent with {@code acks=all}: a retry after a lost acknowledgement does
 * not duplicate a record. Articles are keyed by article id, so every version of an article goes to
 * the same partition, in order.
 */
public final class ArticlePublisher implements AutoCloseable {
  private static final Duration SEND_TIMEOUT = Duration.ofMinutes(2);

  private final KafkaProducer<String, byte[]> producer;
  private final TopicNames topics;
  private final JsonSerde<Article> articles = JsonSerde.article();
  private final JsonSerde<DeadLetter> deadLetters = JsonSerde.deadLetter();

  public ArticlePublisher(KafkaSettings kafka, TopicNames topics, String clientId) {
    this.topics = topics;
    Properties props = kafka.toProperties();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    // One request in flight: with more, a request refused because the broker has not yet taken on
    // a new partition can be overtaken by the next one, and its retries then fail with
    // OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout drops the records (KAFKA-15591).
    // Replay hits this by publishing in bulk right after creating the topics. Batching keeps the
    // throughput: one request carries a batch for every partition.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(SEND_TIMEOUT.toMillis()));
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** Publishes {@code article} to the articles topic, keyed by its id; blocks until acknowledged. */
  public RecordMetadata publish(Article article) throws PublishException {
    return send(new ProducerRecord<>(topics.articles(), article.id(), articles.serialize(topics.articles(), article)));
  }

  /** Publishes a dead letter, keyed by the failed URL or record key; blocks until acknowledged. */
  public RecordMetadata publish(DeadLetter letter) throws PublishException {
    String key = letter.url() != null ? letter.url() : letter.origin() != null ? letter.origin().key() : null;
    return send(new ProducerRecord<>(topics.deadLetter(), key, deadLetters.serialize(topics.deadLetter(), letter)));
  }

  /**
   * Sends {@code article} without waiting, for callers that keep many records in flight (archive
   * replay). The future completes once the broker has the record, or fails with a {@link
   * PublishException}. Blocks only while the producer's buffer is full, which is the back-pressure
   * such callers want.
   */
  public CompletableFuture<RecordMetadata> publishAsync(Article article) {
    return sendAsync(new ProducerRecord<>(topics.articles(), article.id(), articles.serialize(topics.articles(), article)));
  }

  /** Sends a dead letter without waiting; see {@link #publishAsync(Article)}. */
  public CompletableFuture<RecordMetadata> publishAsync(DeadLetter letter) {
    String key = letter.url() != null ? letter.url() : letter.origin() != null ? letter.origin().key() : null;
    return sendAsync(new ProducerRecord<>(topics.deadLetter(), key, deadLetters.serialize(topics.deadLetter(), letter)));
  }

  private CompletableFuture<RecordMetadata> sendAsync(ProducerRecord<String, byte[]> record) {
    CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
    try {
      producer.send(record, (metadata, error) -> {
        if (error == null) {
          result.complete(metadata);
        } else {
          result.completeExceptionally(
              new PublishException("cannot publish to " + record.topic() + ": " + error.getMessage(), error));
        }
      });
    } catch (KafkaException e) {
      result.completeExceptionally(new PublishException("cannot publish to " + record.topic() + ": " + e.getMessage(), e));
    }
    return result;
  }

  private RecordMetadata send(ProducerRecord<String, byte[]> record) throws PublishException {
    try {
      return producer.send(record).get(SEND_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while publishing to " + record.topic(), e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new PublishException("cannot publish to " + record.topic() + ": " + cause.getMessage(), cause);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }

  /** Kafka did not take a record: the caller must not treat it as published. */
  public static final class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
