package dev.newsflow.common.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every topic newsflow reads or writes, with its settings, in one place.
 *
 * <p>Partition counts bound how far a service scales out: each partition is processed by one
 * instance (one stream thread) at a time. Articles are keyed by article id, so an update of an
 * article lands on the partition of its first version.
 */
public final class Topics {
  private static final Logger log = LoggerFactory.getLogger(Topics.class);

  /** Clean articles, produced by ingest-service, keyed by article id. */
  public static final TopicSpec ARTICLES = new TopicSpec(
      "news.articles",
      6,
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
          TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()),
          TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024)),
      "clean articles from ingest-service, keyed by article id");

  /** Enriched articles, produced by enrich-service, keyed by article id: what analysts read. */
  public static final TopicSpec ENRICHED = new TopicSpec(
      "news.articles.enriched",
      6,
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
          TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(30).toMillis()),
          TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024)),
      "enriched articles from enrich-service, keyed by article id");

  /** Pages and records that could not be processed, with the reason. */
  public static final TopicSpec DEAD_LETTER = new TopicSpec(
      "news.deadletter",
      3,
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
          TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(30).toMillis())),
      "failed pages and records with the reason");

  /**
   * What ingest-service knows about each URL it crawled (published with which content hash and
   * validators, or failed for good), keyed by canonical URL. Compacted: only the latest record
   * per URL is kept, so an instance rebuilds its state by reading its partitions from the start.
   * A record goes to the partition of its source's host, so that the ingest instance owning that
   * partition (through the consumer group) owns the host.
   */
  public static final TopicSpec CRAWL_STATE = new TopicSpec(
      "news.crawl.state",
      6,
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          // Compaction alone decides what goes: the latest record of every URL stays.
          TopicConfig.RETENTION_MS_CONFIG, "-1",
          TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofMinutes(1).toMillis())),
      "crawl state of ingest-service per canonical URL, partitioned by host");

  /** All topics, in creation order. */
  public static final List<TopicSpec> ALL = List.of(ARTICLES, ENRICHED, DEAD_LETTER, CRAWL_STATE);

  private Topics() {}

  /**
   * Creates the topics that do not exist yet; existing topics are left as they are.
   *
   * @param replicationFactor replication for new topics (1 on a single broker, 3 in production; 0
   *     for the broker's default)
   */
  public static void ensureExist(Admin admin, List<TopicSpec> specs, short replicationFactor, Duration timeout)
      throws InterruptedException, TimeoutException {
    try {
      Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = specs.stream()
          .filter(spec -> !existing.contains(spec.name()))
          .map(spec -> spec.toNewTopic(replicationFactor))
          .toList();
      if (missing.isEmpty()) {
        return;
      }
      log.info("creating topics {}", missing.stream().map(NewTopic::name).collect(Collectors.joining(", ")));
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          // Another instance created it between our list and create: that is fine.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e.getCause());
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
