package dev.newsflow.common.kafka;

import java.util.List;
import java.util.Objects;

/**
 * The names of the topics one newsflow deployment uses.
 *
 * <p>{@link #DEFAULT} are the documented names. A prefix ({@code NEWSFLOW_TOPIC_PREFIX}) lets
 * several deployments, or test runs, share one cluster without seeing each other's records.
 */
public record TopicNames(String articles, String enriched, String deadLetter, String crawlState) {
  public static final TopicNames DEFAULT = new TopicNames(
      Topics.ARTICLES.name(), Topics.ENRICHED.name(), Topics.DEAD_LETTER.name(), Topics.CRAWL_STATE.name());

  public TopicNames {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(enriched, "enriched");
    Objects.requireNonNull(deadLetter, "deadLetter");
    Objects.requireNonNull(crawlState, "crawlState");
  }

  /** The default names, each preceded by {@code prefix} (e.g. {@code staging.}); blank means none. */
  public static TopicNames withPrefix(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return DEFAULT;
    }
    if (!prefix.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("topic prefix may only use letters, digits, '.', '_' and '-': " + prefix);
    }
    return new TopicNames(prefix + DEFAULT.articles, prefix + DEFAULT.enriched, prefix + DEFAULT.deadLetter,
        prefix + DEFAULT.crawlState);
  }

  /** The specs of these topics: the settings of {@link Topics} under these names. */
  public List<TopicSpec> specs() {
    return List.of(
        rename(Topics.ARTICLES, articles), rename(Topics.ENRICHED, enriched), rename(Topics.DEAD_LETTER, deadLetter),
        rename(Topics.CRAWL_STATE, crawlState));
  }

  private static TopicSpec rename(TopicSpec spec, String name) {
    return new TopicSpec(name, spec.partitions(), spec.configs(), spec.purpose());
  }
}
