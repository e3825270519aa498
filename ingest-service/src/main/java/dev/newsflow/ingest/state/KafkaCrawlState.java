package dev.newsflow.ingest.state;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.ops.Health;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawl state in the compacted crawl-state topic, hosts owned through a consumer group on it.
 *
 * <p>One membership thread owns the consumer and polls all the time, so that a long crawl pass
 * never makes the group think this instance died. When partitions are assigned it reads them from
 * the beginning to the end offsets it saw at assignment, and only then counts their hosts as
 * owned; when they are revoked (or lost) their hosts stop being owned at once and their records
 * are dropped. It keeps applying what arrives afterwards, which includes the records this
 * instance writes itself and the last ones a previous owner wrote while handing over.
 *
 * <p>No offsets are committed: the group only decides who owns what, the state is always read
 * from the start of the (compacted) partitions.
 */
final class KafkaCrawlState implements CrawlState {
  private static final Logger log = LoggerFactory.getLogger(KafkaCrawlState.class);
  private static final Duration SEND_TIMEOUT = Duration.ofMinutes(1);

  private final String topic;
  private final CrawlStateSettings settings;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final int partitions;
  private final LocalRecords records;
  private final CountDownLatch firstAssignment = new CountDownLatch(1);
  private final Thread membership;
  /** Partitions assigned and restored: their hosts are ours. Replaced, never mutated. */
  private volatile Set<Integer> owned = Set.of();
  private volatile boolean closing;
  private volatile Throwable failure;

  KafkaCrawlState(KafkaSettings kafka, String topic, CrawlStateSettings settings) {
    this.topic = topic;
    this.settings = settings;
    this.records = new LocalRecords(settings.maxRememberedUrls());
    Properties producerProps = kafka.toProperties();
    producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId() + "-state");
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(SEND_TIMEOUT.toMillis()));
    this.producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
    Properties consumerProps = kafka.toProperties();
    consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
    consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.clientId() + "-membership");
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(settings.sessionTimeout().toMillis()));
    consumerProps.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Long.toString(settings.sessionTimeout().toMillis() / 4));
    // Incremental: a member joining or leaving moves only the partitions that must move, the others
    // keep crawling their hosts without a pause.
    consumerProps.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
    try {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(60));
      if (infos == null || infos.isEmpty()) {
        throw new IllegalStateException("crawl-state topic " + topic + " does not exist");
      }
      this.partitions = infos.size();
    } catch (RuntimeException e) {
      consumer.close(Duration.ZERO);
      producer.close(Duration.ZERO);
      throw e;
    }
    this.membership = Thread.ofPlatform().name("newsflow-crawl-state-" + settings.clientId()).daemon(true)
        .unstarted(this::run);
    membership.start();
  }

  @Override
  public void awaitReady() throws InterruptedException {
    if (!firstAssignment.await(settings.readyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
      Throwable cause = failure;
      throw new IllegalStateException("crawl state not ready within " + settings.readyTimeout()
          + ": no partitions of " + topic + " assigned and restored in group " + settings.groupId(), cause);
    }
  }

  @Override
  public Health health() {
    Throwable failed = failure;
    if (failed != null) {
      return Health.down("crawl-state membership stopped: " + failed);
    }
    if (closing) {
      return Health.starting("crawl state closing");
    }
    if (firstAssignment.getCount() > 0) {
      return Health.starting("joining group " + settings.groupId() + " and restoring " + topic);
    }
    return Health.up("crawl state: owning partitions " + new TreeSet<>(owned) + " of " + topic);
  }

  @Override
  public boolean owns(String host) {
    return owned.contains(HostPartitioner.partition(host, partitions));
  }

  /** The partitions this instance owns now. */
  Set<Integer> ownedPartitions() {
    return owned;
  }

  @Override
  public CrawlRecord get(String url) {
    return records.get(url);
  }

  @Override
  public void put(CrawlRecord record) throws PublishException {
    int partition = HostPartitioner.partition(record.host(), partitions);
    ProducerRecord<String, byte[]> message = new ProducerRecord<>(topic, partition, record.url(), CrawlRecords.toJson(record));
    try {
      producer.send(message).get(SEND_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while writing crawl state to " + topic, e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new PublishException("cannot write crawl state to " + topic + ": " + cause.getMessage(), cause);
    }
    records.put(record);
  }

  private void run() {
    Restore restore = new Restore();
    try {
      consumer.subscribe(List.of(topic), restore);
      while (!closing) {
        for (ConsumerRecord<String, byte[]> message : consumer.poll(Duration.ofMillis(200))) {
          apply(message);
        }
        restore.finishCaughtUp();
      }
    } catch (WakeupException e) {
      // close() wakes the poll up.
    } catch (RuntimeException | Error e) {
      failure = e;
      owned = Set.of();
      log.error("crawl-state membership stopped: this instance owns no host any more", e);
    } finally {
      try {
        consumer.close(Duration.ofSeconds(10));
      } catch (RuntimeException e) {
        log.warn("crawl-state consumer did not close cleanly: {}", e.toString());
      }
    }
  }

  private void apply(ConsumerRecord<String, byte[]> message) {
    if (message.value() == null) {
      if (message.key() != null) {
        records.remove(message.key());
      }
      return;
    }
    try {
      records.put(CrawlRecords.fromJson(message.value()));
    } catch (CrawlRecordFormatException e) {
      log.warn("{} at {}-{}@{} skipped: {}", e.reason(), message.topic(), message.partition(), message.offset(),
          e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    if (closing) {
      return;
    }
    closing = true;
    consumer.wakeup();
    try {
      membership.join(Duration.ofSeconds(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    owned = Set.of();
    producer.close(Duration.ofSeconds(10));
  }

  /**
   * Follows the assignment: partitions being restored, with the end offset each must reach before
   * its hosts count as owned. Runs on the membership thread only (the listener is called from
   * inside {@code poll}).
   */
  private final class Restore implements ConsumerRebalanceListener {
    private final Map<TopicPartition, Long> restoring = new HashMap<>();
    private boolean assigned;

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> added) {
      assigned = true;
      if (!added.isEmpty()) {
        consumer.seekToBeginning(added);
        restoring.putAll(consumer.endOffsets(added));
        log.info("crawl state: restoring partitions {} of {}", numbers(added), topic);
      }
      finishCaughtUp();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> removed) {
      drop(removed, "revoked");
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      drop(lost, "lost");
    }

    private void drop(Collection<TopicPartition> removed, String how) {
      if (removed.isEmpty()) {
        return;
      }
      Set<Integer> gone = numbers(removed);
      Set<Integer> remaining = new HashSet<>(owned);
      remaining.removeAll(gone);
      owned = Set.copyOf(remaining);
      removed.forEach(restoring::remove);
      int dropped = records.removeIf(r -> gone.contains(HostPartitioner.partition(r.host(), partitions)));
      log.info("crawl state: partitions {} {}, {} records dropped; owning {}", gone, how, dropped, owned);
    }

    /** Hands the partitions that have read up to their end offsets over to the crawl loop. */
    void finishCaughtUp() {
      if (!restoring.isEmpty()) {
        Set<Integer> done = new HashSet<>();
        restoring.entrySet().removeIf(e -> {
          boolean caughtUp = consumer.position(e.getKey()) >= e.getValue();
          if (caughtUp) {
            done.add(e.getKey().partition());
          }
          return caughtUp;
        });
        if (!done.isEmpty()) {
          Set<Integer> now = new HashSet<>(owned);
          now.addAll(done);
          owned = Set.copyOf(now);
          log.info("crawl state: partitions {} restored ({} URLs known); owning {}", done, records.size(), owned);
        }
      }
      if (assigned && restoring.isEmpty()) {
        firstAssignment.countDown();
      }
    }

    private static Set<Integer> numbers(Collection<TopicPartition> parts) {
      return parts.stream().map(TopicPartition::partition).collect(Collectors.toSet());
    }
  }
}
