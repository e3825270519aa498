package dev.newsflow.cli;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.TopicSpec;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.EnrichSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The enrichment service end to end on a broker, once per stream-thread count: the same articles
 * are written to a fresh input topic, the service is started with that many threads, and the
 * clock runs until every article is on the enriched topic (read committed). Shows whether
 * throughput grows with {@code num.stream.threads}; instances scale the same way, since a second
 * instance is just more threads in the same consumer group.
 */
final class StreamsBenchmark {
  private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  /**
   * One run.
   *
   * @param threads stream threads
   * @param articles articles enriched
   * @param wall from starting the service to the last article read from the enriched topic
   * @param cpu process CPU time over the same span (every thread: broker, clients, enrichment)
   */
  record Run(int threads, int articles, Duration wall, Duration cpu) {
    double articlesPerSecond() {
      return articles / (wall.toNanos() / 1e9);
    }

    double cpuMillisPerArticle() {
      return cpu.toNanos() / 1e6 / articles;
    }
  }

  private final KafkaSettings kafka;
  private final Path stateDirectory;
  private final int partitions;
  private final Consumer<String> progress;

  /**
   * @param kafka the cluster (an embedded broker for a benchmark on one machine)
   * @param stateDirectory where each run's Kafka Streams state goes
   * @param partitions partitions of each run's input and output topics: the most tasks, and so
   *     the most threads, that can work at once
   */
  StreamsBenchmark(KafkaSettings kafka, Path stateDirectory, int partitions, Consumer<String> progress) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    this.kafka = kafka;
    this.stateDirectory = stateDirectory;
    this.partitions = partitions;
    this.progress = progress;
  }

  /** Enriches {@code articles} with {@code threads} stream threads on topics of their own. */
  Run run(List<Article> articles, int threads) throws InterruptedException, TimeoutException {
    String name = "bench-" + threads + "t-" + Long.toString(System.nanoTime(), 36);
    TopicNames topics = TopicNames.withPrefix(name + ".");
    createTopics(topics);
    produce(topics.articles(), articles);
    progress.accept(String.format(Locale.ROOT, "%d thread(s): %d articles written, starting enrichment",
        threads, articles.size()));
    long cpuStart = processCpuNanos();
    long wallStart = System.nanoTime();
    try (EnrichService service = new EnrichService(kafka, topics,
            new EnrichSettings(name, stateDirectory.resolve(name), threads, (short) 0));
        KafkaConsumer<String, byte[]> reader = reader(topics.enriched())) {
      service.start(START_TIMEOUT);
      int read = 0;
      long lastReport = System.nanoTime();
      while (read < articles.size()) {
        ConsumerRecords<String, byte[]> records = reader.poll(Duration.ofMillis(200));
        read += records.count();
        if (System.nanoTime() - lastReport > 5_000_000_000L) {
          progress.accept(String.format(Locale.ROOT, "%d thread(s): %d of %d enriched", threads, read, articles.size()));
          lastReport = System.nanoTime();
        }
        if (System.nanoTime() - wallStart > Duration.ofMinutes(30).toNanos()) {
          throw new TimeoutException("only " + read + " of " + articles.size() + " articles enriched in 30 minutes");
        }
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
      Duration cpu = Duration.ofNanos(processCpuNanos() - cpuStart);
      return new Run(threads, articles.size(), wall, cpu);
    }
  }

  private void createTopics(TopicNames topics) throws InterruptedException, TimeoutException {
    List<TopicSpec> specs = topics.specs().stream()
        .map(s -> new TopicSpec(s.name(), partitions, s.configs(), s.purpose()))
        .toList();
    try (Admin admin = Admin.create(kafka.toProperties())) {
      Topics.ensureExist(admin, specs, (short) 0, TOPIC_TIMEOUT);
    }
  }

  private void produce(String topic, List<Article> articles) {
    Properties props = kafka.toProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    // Bulk writes right after the topics are created: with more than one request in flight a
    // refused request is overtaken and its retries fail as out of order (KAFKA-15591; see
    // ArticlePublisher).
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
    JsonSerde<Article> serde = JsonSerde.article();
    List<Future<RecordMetadata>> sent = new ArrayList<>(articles.size());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (Article article : articles) {
        sent.add(producer.send(new ProducerRecord<>(topic, article.id(), serde.serializer().serialize(topic, article))));
      }
      producer.flush();
      // A record the broker refused would leave the run waiting for an article that never comes.
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("writing the benchmark's articles to " + topic + " failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the benchmark's articles", e);
    }
  }

  private KafkaConsumer<String, byte[]> reader(String topic) {
    Properties props = kafka.toProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> assigned = consumer.partitionsFor(topic, TOPIC_TIMEOUT).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
    consumer.assign(assigned);
    consumer.seekToBeginning(assigned);
    return consumer;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
