package dev.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void topicNamesAreTheDocumentedOnes() {
    assertThat(Topics.ALL).extracting(TopicSpec::name)
        .containsExactly("news.articles", "news.articles.enriched", "news.deadletter");
  }

  @Test
  void everyTopicHasAnExplicitCleanupPolicyAndRetention() {
    for (TopicSpec spec : Topics.ALL) {
      assertThat(spec.configs()).containsKeys(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG);
    }
  }
}
