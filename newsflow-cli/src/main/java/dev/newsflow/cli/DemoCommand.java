package dev.newsflow.cli;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.PollReport;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.source.SourceConfig;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole pipeline on a bundled sample news site, offline: embedded broker, sample site on
 * loopback, ingest, enrich, and the enriched articles printed as they arrive.
 */
@Command(
    name = "demo",
    header = "Runs the whole pipeline offline on a bundled sample site and prints the articles.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline offline on a bundled sample news site and prints each enriched",
      "article as one JSON line (--pretty for a readable view). Needs nothing but a JDK:",
      "it starts an embedded Kafka broker and serves the sample site on a loopback port."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pretty", description = "Print a readable block per article instead of JSON lines.")
  boolean pretty;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the broker's data here (default: a temporary directory, deleted on exit).")
  Path dataDirectory;

  @Option(names = "--timeout", defaultValue = "120s", converter = DurationConverter.class,
      description = "Give up when the enriched articles have not all arrived after this long (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintStream status = System.err;
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    boolean temporary = dataDirectory == null;
    Path data = temporary ? Files.createTempDirectory("newsflow-demo-") : dataDirectory;
    TopicNames topics = TopicNames.DEFAULT;
    int published;
    Map<String, EnrichedArticle> arrived = new LinkedHashMap<>();
    try (GracefulShutdown shutdown = new GracefulShutdown();
        KafkaConnection kafka = KafkaConnection.open(KafkaSettings.of(Map.of()), data, status);
        DemoSite site = DemoSite.start()) {
      status.printf("newsflow demo: sample news site at %s%n", site.baseUrl());
      kafka.ensureTopics(topics);
      try (EnrichService enrich = Pipelines.enrich(kafka.settings(), topics, data, kafka.replicationFactor(), 1);
          IngestService ingest = Pipelines.ingest(kafka.settings(), topics, AddressPolicy.allowingLoopback(), Duration.ZERO);
          EnrichedTopicReader reader = new EnrichedTopicReader(kafka.settings(), topics.enriched(), true)) {
        enrich.start(Duration.ofSeconds(60));
        status.println("newsflow demo: enrich-service running (Kafka Streams, exactly once)");
        PollReport total = PollReport.EMPTY;
        for (SourceConfig source : site.sources()) {
          total = total.plus(ingest.poll(source));
        }
        published = total.published();
        status.printf("newsflow demo: ingest published %d articles (%d failed); waiting for enrichment%n",
            published, total.failed());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrived.size() < published && System.nanoTime() < deadline && !shutdown.requested()) {
          for (EnrichedArticle article : reader.poll(Duration.ofMillis(500))) {
            if (arrived.putIfAbsent(article.id(), article) == null) {
              out.println((pretty ? ArticleView.PRETTY : ArticleView.JSON).render(article));
              out.flush();
            }
          }
        }
      }
    } finally {
      if (temporary) {
        Directories.deleteRecursively(data, problem -> System.err.println("newsflow demo: " + problem));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (published > 0 && arrived.size() == published) {
      status.printf("newsflow demo: %d enriched articles in %.1f s%n", arrived.size(), seconds);
      return 0;
    }
    status.printf("newsflow demo: only %d of %d articles arrived enriched within %s%n", arrived.size(), published, timeout);
    return 1;
  }
}
