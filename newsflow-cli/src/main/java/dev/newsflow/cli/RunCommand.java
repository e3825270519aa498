package dev.newsflow.cli;

import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.metrics.PrometheusText;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.source.SourceConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Both services and, unless a cluster is configured, the embedded broker: the all-in-one mode. */
@Command(
    name = "run",
    header = "Runs ingest and enrichment together, continuously (embedded broker by default).",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest-service and enrich-service together, continuously.",
      "Uses the Kafka cluster in KAFKA_BOOTSTRAP_SERVERS (or --config), else starts an embedded broker",
      "whose data stays in --data-dir. Stop with Ctrl-C: services and broker close cleanly."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin SourceOptions sources;

  @Mixin OpsOptions ops;

  @Option(names = "--enrich-threads", defaultValue = "1", description = "Kafka Streams threads for enrichment (default: ${DEFAULT-VALUE}).")
  int enrichThreads;

  @Mixin EntityOptions entities;

  @Override
  public Integer call() throws Exception {
    List<SourceConfig> sourceList = sources.toSourceConfigs(true);
    TopicNames topics = common.topics();
    try (GracefulShutdown shutdown = new GracefulShutdown()) {
      try (KafkaConnection kafka = KafkaConnection.open(common.kafkaSettings(), common.dataDirectory, System.err)) {
        kafka.ensureTopics(topics);
        try (EnrichService enrich = Pipelines.enrich(kafka.settings(), topics, common.dataDirectory, kafka.replicationFactor(), enrichThreads, entities.entityLanguages, entities.entityMisc);
            IngestService ingest = Pipelines.ingest(kafka.settings(), topics, sources.addressPolicy(), sources.perHostDelay, sources.ingestGroup);
            AutoCloseable endpoint = ops.start("run",
                () -> PrometheusText.format(ingest.metrics().snapshot()) + enrich.metricsText(),
                () -> ingest.health().and(enrich.health()))) {
          enrich.start(Duration.ofSeconds(120));
          System.err.printf("newsflow: running; enriched articles go to %s (watch them with `newsflow tail`)%n", topics.enriched());
          try {
            if (sources.once) {
              ingest.pollAll(sourceList);
              System.err.println("newsflow: pass done; enrichment keeps running until Ctrl-C");
              shutdown.await();
            } else {
              ingest.runContinuously(sourceList, sources.interval, shutdown::requested);
            }
          } catch (InterruptedException | PublishException e) {
            shutdown.absorb(e);
          }
        }
      }
      System.err.println("newsflow: stopped");
    }
    return 0;
  }
}
