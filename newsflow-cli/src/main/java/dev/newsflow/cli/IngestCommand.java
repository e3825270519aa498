package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.PollReport;
import dev.newsflow.ingest.metrics.PrometheusText;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.source.SourceConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** ingest-service alone, against an existing cluster: the deployable for collection. */
@Command(
    name = "ingest",
    header = "Runs ingest-service alone against a Kafka cluster.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest-service alone against the Kafka cluster in KAFKA_BOOTSTRAP_SERVERS (or --config):",
      "discovers, fetches and extracts articles and publishes them to news.articles."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin SourceOptions sources;

  @Mixin OpsOptions ops;

  @Override
  public Integer call() throws Exception {
    List<SourceConfig> sourceList = sources.toSourceConfigs(false);
    KafkaSettings kafka = requireCluster(common.kafkaSettings());
    TopicNames topics = common.topics();
    KafkaConnection.ensureTopics(kafka, topics, (short) 0);
    try (GracefulShutdown shutdown = new GracefulShutdown();
        IngestService ingest = Pipelines.ingest(kafka, topics, sources.addressPolicy(), sources.perHostDelay, sources.ingestGroup);
        AutoCloseable endpoint = ops.start("ingest", () -> PrometheusText.format(ingest.metrics().snapshot()),
            ingest::health)) {
      if (sources.once) {
        PollReport report = ingest.pollAll(sourceList);
        System.err.printf("newsflow ingest: %s%n", report);
        return report.failed() > 0 && report.published() == 0 ? 1 : 0;
      }
      try {
        ingest.runContinuously(sourceList, sources.interval, shutdown::requested);
      } catch (InterruptedException | PublishException e) {
        shutdown.absorb(e);
      }
    }
    return 0;
  }

  static KafkaSettings requireCluster(KafkaSettings settings) {
    if (settings.bootstrapServers().isEmpty()) {
      throw new IllegalArgumentException(
          "this command runs one service against an existing cluster: set KAFKA_BOOTSTRAP_SERVERS "
              + "(or kafka.bootstrap.servers in --config); `newsflow run` starts everything locally");
    }
    return settings;
  }
}
