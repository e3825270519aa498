package dev.newsflow.ingest.state;

import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest instance keeps its crawl state in Kafka and shares hosts with other instances.
 *
 * @param groupId the consumer group of the ingest instances that split hosts between them
 * @param clientId this instance's client id (shows in the group's member list)
 * @param maxRememberedUrls URLs kept in memory for the owned hosts; beyond it the least recently
 *     used are forgotten (and fetched again when listed again, republished under the same id)
 * @param sessionTimeout how long the group waits for a silent instance (killed, partitioned)
 *     before handing its hosts to the others
 * @param readyTimeout how long {@link CrawlState#awaitReady()} waits for the first assignment and
 *     the restore of its partitions
 */
public record CrawlStateSettings(
    String groupId, String clientId, int maxRememberedUrls, Duration sessionTimeout, Duration readyTimeout) {
  /** The group id every ingest instance joins unless told otherwise. */
  public static final String DEFAULT_GROUP_ID = "newsflow-ingest";

  public CrawlStateSettings {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    if (groupId.isBlank() || clientId.isBlank()) {
      throw new IllegalArgumentException("groupId and clientId must not be blank");
    }
    if (maxRememberedUrls < 1) {
      throw new IllegalArgumentException("maxRememberedUrls must be >= 1");
    }
    if (sessionTimeout.toMillis() < 6_000) {
      throw new IllegalArgumentException("sessionTimeout must be at least 6 s (the broker's minimum by default)");
    }
  }

  /**
   * The group of the ingest instances of the deployment that uses {@code topics}: {@value
   * #DEFAULT_GROUP_ID} preceded by the deployment's topic prefix, so that deployments sharing a
   * cluster never share hosts.
   */
  public static String defaultGroupId(TopicNames topics) {
    String state = topics.crawlState();
    String suffix = Topics.CRAWL_STATE.name();
    String prefix = state.endsWith(suffix) ? state.substring(0, state.length() - suffix.length()) : state + ".";
    return prefix + DEFAULT_GROUP_ID;
  }

  /** The default group, 200,000 URLs, a 10 s session timeout, 2 minutes to get ready. */
  public static CrawlStateSettings defaults(String clientId) {
    return new CrawlStateSettings(DEFAULT_GROUP_ID, clientId, 200_000, Duration.ofSeconds(10), Duration.ofMinutes(2));
  }

  public CrawlStateSettings withGroupId(String group) {
    return new CrawlStateSettings(group, clientId, maxRememberedUrls, sessionTimeout, readyTimeout);
  }
}
