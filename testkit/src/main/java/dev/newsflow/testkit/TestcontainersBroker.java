package dev.newsflow.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers side, kept apart so the classes load only when a Docker engine is there. */
final class TestcontainersBroker {
  private static final Logger log = LoggerFactory.getLogger(TestcontainersBroker.class);

  private TestcontainersBroker() {}

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  static KafkaBrokerExtension.RunningBroker start(String image) {
    KafkaContainer container = new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"));
    container.start();
    log.info("tests use a Testcontainers Kafka broker ({}) at {}", image, container.getBootstrapServers());
    return new KafkaBrokerExtension.RunningBroker(
        new KafkaBrokerExtension.Broker(container.getBootstrapServers(), "testcontainers", (short) 1), container::stop);
  }
}
