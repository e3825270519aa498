package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.enrich.EnrichService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
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

  @Option(names = "--entity-languages", paramLabel = "LANG", split = ",",
      defaultValue = "${env:NEWSFLOW_ENTITY_LANGUAGES:-}",
      description = "Languages (ISO 639-1) whose named-entity engine runs, or 'none' (env NEWSFLOW_ENTITY_LANGUAGES). "
          + "Available: en, de, fr, es (Stanford CoreNLP; a named language's model is fetched into the model cache "
          + "on first use), zh (HanLP; precision ~41%). Default: the languages whose model is already in the cache "
          + "(NEWSFLOW_MODELS, see `newsflow models fetch`).")
  Set<String> entityLanguages = new LinkedHashSet<>();

  @Option(names = "--entity-misc", arity = "1", paramLabel = "true|false",
      defaultValue = "${env:NEWSFLOW_ENTITY_MISC:-true}",
      description = "Whether misc entities (events, products, nationalities) are found besides persons, organisations "
          + "and locations (env NEWSFLOW_ENTITY_MISC; default: ${DEFAULT-VALUE}). false saves English its second "
          + "model (english.conll.4class), about half the CPU time of English entity recognition, and drops the other "
          + "languages' misc labels and the product-name list.")
  boolean entityMisc;

  @Override
  public Integer call() throws Exception {
    KafkaSettings kafka = IngestCommand.requireCluster(common.kafkaSettings());
    try (GracefulShutdown shutdown = new GracefulShutdown();
        EnrichService enrich = Pipelines.enrich(kafka, common.topics(), common.dataDirectory, (short) 0, threads, entityLanguages, entityMisc);
        AutoCloseable endpoint = ops.start("enrich", enrich::metricsText, enrich::health)) {
      enrich.start(Duration.ofSeconds(120));
      System.err.println("newsflow enrich: running; Ctrl-C stops it cleanly");
      shutdown.await();
    }
    return 0;
  }
}
