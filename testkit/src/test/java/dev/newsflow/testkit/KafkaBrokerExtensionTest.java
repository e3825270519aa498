package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerExtensionTest {

  @Test
  void givesAWorkingBroker(KafkaBroker broker) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("testkit-check", 1, broker.replicationFactor()))).all().get();
      assertThat(admin.listTopics().names().get()).contains("testkit-check");
    }
  }

  @Test
  void everyTestInTheJvmGetsTheSameBroker(KafkaBroker first, KafkaBroker second) {
    assertThat(second).isSameAs(first);
  }

  @Test
  void usesTheInProcessBrokerWhenNothingElseIsConfigured(KafkaBroker broker) {
    boolean externalConfigured = System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null;
    if (!externalConfigured && !KafkaBrokerExtension.dockerAvailable()) {
      assertThat(broker.kind()).isEqualTo("in-process");
      assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
    } else {
      assertThat(broker.kind()).isIn("external", "testcontainers");
    }
  }
}
