package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. */
final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with Kafka client settings under kafka.* "
          + "(e.g. kafka.bootstrap.servers, kafka.security.protocol). "
          + "Environment variables KAFKA_* override it (KAFKA_BOOTSTRAP_SERVERS, KAFKA_SASL_JAAS_CONFIG ...).")
  Path config;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSFLOW_DATA_DIR:-newsflow-data}",
      description = "Where the embedded broker and local state live (env NEWSFLOW_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path dataDirectory;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      defaultValue = "${env:NEWSFLOW_TOPIC_PREFIX:-}",
      description = "Prefix for every topic name, to share a cluster (env NEWSFLOW_TOPIC_PREFIX).")
  String topicPrefix;

  KafkaSettings kafkaSettings() throws IOException {
    return KafkaSettings.load(Optional.ofNullable(config), System.getenv());
  }

  TopicNames topics() {
    return TopicNames.withPrefix(topicPrefix);
  }
}
