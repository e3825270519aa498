package dev.newsflow.cli;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.replay.ReplayReport;
import dev.newsflow.ingest.replay.ReplaySettings;
import dev.newsflow.ingest.replay.ReplaySource;
import dev.newsflow.ingest.replay.WarcReplayer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Backfill from web archives: WARC files replayed as if their pages had just been fetched. Without
 * a configured cluster it runs the whole pipeline locally and waits for the enriched articles.
 */
@Command(
    name = "replay",
    header = "Replays WARC archives (e.g. CC-NEWS) as if their pages had just been fetched.",
    mixinStandardHelpOptions = true,
    description = {
      "Replays WARC / WARC.gz files (or directories of them, e.g. Common Crawl CC-NEWS) as if their",
      "pages had just been fetched: each HTML page captured with status 200 becomes an article.",
      "Without KAFKA_BOOTSTRAP_SERVERS it runs everything locally (embedded broker, enrich-service),",
      "waits until every article is enriched and exits; with a cluster it only publishes.",
      "The position in each file is checkpointed under --data-dir: a re-run continues where it stopped."
    })
final class ReplayCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "WARC files, or directories searched for *.warc and *.warc.gz.")
  List<Path> paths;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Also write the enriched articles to FILE as JSON lines (all-in-one mode only). "
          + "It receives every enriched article the local broker holds: with a fresh or dedicated "
          + "--data-dir, exactly this backfill, including the articles of an earlier, interrupted run.")
  Path output;

  @Option(names = "--source-id", paramLabel = "ID",
      description = "Attribute every page to this source (default: each page to its host, e.g. www.bbc.co.uk).")
  String sourceId;

  @Option(names = "--source-name", description = "Outlet name written into each article (with --source-id).")
  String sourceName;

  @Option(names = "--country", description = "Outlet country, ISO 3166-1 alpha-2 (with --source-id).")
  String country;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "Time zone for times pages show without an offset (e.g. Asia/Shanghai).")
  ZoneId timeZone;

  @Option(names = "--language", description = "Language hint (BCP 47) for pages that declare none.")
  String language;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: one per processor).")
  Integer threads;

  @Option(names = "--timeout", defaultValue = "120s", converter = DurationConverter.class,
      description = "All-in-one: give up waiting when no enriched article arrived for this long (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintStream status = System.err;
    ReplaySource source = replaySource();
    KafkaSettings configured = common.kafkaSettings();
    boolean allInOne = configured.bootstrapServers().isEmpty();
    if (!allInOne && output != null) {
      throw new IllegalArgumentException("--output needs the all-in-one mode: with KAFKA_BOOTSTRAP_SERVERS set, "
          + "replay only publishes and enrichment runs elsewhere (read it with `newsflow tail`)");
    }
    Path data = common.dataDirectory;
    Files.createDirectories(data);
    TopicNames topics = common.topics();
    try (GracefulShutdown shutdown = new GracefulShutdown();
        KafkaConnection kafka = KafkaConnection.open(configured, data, status)) {
      kafka.ensureTopics(topics);
      if (!allInOne) {
        ReplayReport report = replay(kafka.settings(), topics, data, source, shutdown, id -> {});
        return report.complete() ? 0 : 1;
      }
      try (EnrichService enrich = Pipelines.enrich(kafka.settings(), topics, data, kafka.replicationFactor(), 1)) {
        enrich.start(Duration.ofSeconds(60));
        status.println("newsflow replay: enrich-service running (Kafka Streams, exactly once)");
        Set<String> published = ConcurrentHashMap.newKeySet();
        ReplayReport report = replay(kafka.settings(), topics, data, source, shutdown, published::add);
        if (shutdown.requested()) {
          return 1;
        }
        boolean allEnriched = awaitEnriched(kafka.settings(), topics, published, shutdown, status);
        return report.complete() && allEnriched ? 0 : 1;
      }
    }
  }

  private ReplayReport replay(KafkaSettings kafka, TopicNames topics, Path data, ReplaySource source,
      GracefulShutdown shutdown, Consumer<String> onPublished) throws IOException, PublishException {
    ReplaySettings defaults = ReplaySettings.defaults(data.resolve("replay"));
    ReplaySettings settings = new ReplaySettings(defaults.stateDirectory(), defaults.maxBodyBytes(),
        defaults.maxInFlight(), defaults.maxInFlightBytes(), threads == null ? defaults.extractionThreads() : threads,
        defaults.progressInterval());
    try (WarcReplayer replayer = new WarcReplayer(
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        new ArticlePublisher(kafka, topics, "newsflow-replay"),
        source, settings, Clock.systemUTC(), System.err)) {
      ReplayReport report = replayer.replay(paths, shutdown::requested, article -> onPublished.accept(article.id()));
      if (shutdown.requested()) {
        // The signal's interrupt has done its job; closing the producer must not see it.
        Thread.interrupted();
      }
      System.err.printf("newsflow replay: %s%n", report);
      return report;
    } catch (PublishException e) {
      shutdown.absorb(e);
      throw e;
    }
  }

  /**
   * Reads the enriched topic from its start until every article published in this run is there
   * and everything the topic held before is read, writing each enriched article once to {@code
   * --output}.
   */
  private boolean awaitEnriched(KafkaSettings kafka, TopicNames topics, Set<String> published,
      GracefulShutdown shutdown, PrintStream status) throws IOException {
    status.printf("newsflow replay: waiting for %,d enriched articles%n", published.size());
    Set<String> arrived = new HashSet<>();
    long pending = published.size();
    try (EnrichedTopicReader reader = new EnrichedTopicReader(kafka, topics.enriched(), true);
        BufferedWriter out = output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      long lastArrival = System.nanoTime();
      long lastLine = lastArrival;
      while ((pending > 0 || !reader.caughtUp()) && !shutdown.requested()
          && System.nanoTime() - lastArrival < timeout.toNanos()) {
        for (EnrichedArticle article : reader.poll(Duration.ofMillis(500))) {
          if (!arrived.add(article.id())) {
            continue;
          }
          lastArrival = System.nanoTime();
          if (published.contains(article.id())) {
            pending--;
          }
          if (out != null) {
            out.write(ArticleView.JSON.render(article));
            out.newLine();
          }
        }
        if (System.nanoTime() - lastLine > Duration.ofSeconds(5).toNanos()) {
          lastLine = System.nanoTime();
          status.printf("newsflow replay: %,d of %,d articles enriched%n", published.size() - pending, published.size());
        }
      }
    }
    if (pending == 0) {
      status.printf("newsflow replay: all %,d articles enriched%s%n", published.size(),
          output == null ? "" : String.format(" (%,d written to %s)", arrived.size(), output));
      return true;
    }
    status.printf("newsflow replay: %,d of %,d articles did not arrive enriched within %s of the last one%n",
        pending, published.size(), timeout);
    return false;
  }

  private ReplaySource replaySource() {
    if (sourceId == null) {
      if (sourceName != null || country != null) {
        throw new IllegalArgumentException("--source-name and --country need --source-id");
      }
      return new ReplaySource(null, timeZone, language);
    }
    return new ReplaySource(
        new Source(sourceId, sourceName, country == null ? null : country.toUpperCase(Locale.ROOT)), timeZone, language);
  }
}
