package dev.newsflow.ingest.state;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.ops.Health;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;

/**
 * What ingest-service remembers between passes, and which hosts this instance crawls.
 *
 * <p>{@link #inMemory(int)} owns every host and forgets everything when the process ends: for
 * tests and embedded use. {@link #kafka} keeps every record in the compacted crawl-state topic,
 * joins a consumer group on it, and owns the hosts whose partitions the group assigns to this
 * instance (see {@link HostPartitioner}); a restarted or newly assigned instance rebuilds the
 * state of its hosts by reading their partitions.
 *
 * <p>Thread-safe: crawl workers read and write while the group hands partitions over.
 */
public interface CrawlState extends AutoCloseable {

  /**
   * Waits until this instance knows which hosts it owns and holds their state. The first pass
   * must not start before, or it would fetch again what another instance (or the previous run)
   * already published.
   *
   * @throws IllegalStateException when that does not happen in the configured time
   */
  void awaitReady() throws InterruptedException;

  /**
   * Whether the state can be used: not ready before {@link #awaitReady()} would return, not live
   * once host ownership has stopped for good (the instance would crawl nothing).
   */
  Health health();

  /** Whether this instance crawls {@code host} (a {@link HostKey}) now. */
  boolean owns(String host);

  /** The latest record of canonical {@code url}, or null when none is known here. */
  CrawlRecord get(String url);

  /**
   * Keeps {@code record} (replacing the URL's previous one); once this returns it survives a
   * restart.
   *
   * @throws PublishException when Kafka does not take it
   */
  void put(CrawlRecord record) throws PublishException;

  /** Stops taking part in host ownership (the group hands this instance's hosts to others). */
  @Override
  void close();

  /** State in this process only, at most {@code capacity} URLs (least recently used go first). */
  static CrawlState inMemory(int capacity) {
    return new InMemoryCrawlState(capacity);
  }

  /**
   * State in the crawl-state topic of {@code topics}, hosts shared with the other members of the
   * settings' group. Starts joining the group at once; see {@link #awaitReady()}.
   */
  static CrawlState kafka(KafkaSettings kafka, TopicNames topics, CrawlStateSettings settings) {
    return new KafkaCrawlState(kafka, topics.crawlState(), settings);
  }
}
