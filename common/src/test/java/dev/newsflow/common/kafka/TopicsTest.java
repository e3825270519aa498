package dev.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void topicNamesAreTheDocumentedOnes() {
    assertThat(Topics.ALL).extracting(TopicSpec::name)
        .containsExactly("news.articles", "news.articles.enriched", "news.deadletter", "news.crawl.state");
  }

  @Test
  void everyTopicHasAnExplicitCleanupPolicyAndRetention() {
    for (TopicSpec spec : Topics.ALL) {
      assertThat(spec.configs()).containsKeys(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG);
    }
  }

  @Test
  void prefixKeepsSettingsAndRenamesEveryTopic() {
    TopicNames names = TopicNames.withPrefix("test-1.");
    assertThat(names.specs()).extracting(TopicSpec::name)
        .containsExactly("test-1.news.articles", "test-1.news.articles.enriched", "test-1.news.deadletter",
            "test-1.news.crawl.state");
    assertThat(names.specs().get(0).configs()).isEqualTo(Topics.ARTICLES.configs());
  }

  @Test
  void blankPrefixMeansTheDocumentedNames() {
    assertThat(TopicNames.withPrefix(" ")).isEqualTo(TopicNames.DEFAULT);
  }

  @Test
  void prefixWithCharactersKafkaRejectsIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TopicNames.withPrefix("a/b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
