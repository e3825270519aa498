package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.enrich.EnrichService;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** enrich-service alone, against an existing cluster: the deployable for enrichment. */
@Command(
    name = "enrich",
    header = "Runs enrich-service alone against a Kafka cluster.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs enrich-service alone against the Kafka cluster in KAFKA_BOOTSTRAP_SERVERS (or --config):",
      "reads news.articles, adds language and metadata exactly once, writes news.articles.enriched.",
      "Start more instances (same topics) to scale out over the partitions."
    })
final class EnrichCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin OpsOptions ops;

  @Option(names = "--threads", defaultValue = "1", description = "Kafka Streams threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin EntityOptions entities;

  @Override
  public Integer call() throws Exception {
    KafkaSettings kafka = IngestCommand.requireCluster(common.kafkaSettings());
    try (GracefulShutdown shutdown = new GracefulShutdown();
        EnrichService enrich = Pipelines.enrich(kafka, common.topics(), common.dataDirectory, (short) 0, threads, entities.entityLanguages, entities.entityMisc);
        AutoCloseable endpoint = ops.start("enrich", enrich::metricsText, enrich::health)) {
      enrich.start(Duration.ofSeconds(120));
      System.err.println("newsflow enrich: running; Ctrl-C stops it cleanly");
      shutdown.await();
    }
    return 0;
  }
}
