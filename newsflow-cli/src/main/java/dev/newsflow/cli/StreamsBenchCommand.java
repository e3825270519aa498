package dev.newsflow.cli;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.enrich.bench.EnrichBenchmark;
import dev.newsflow.enrich.evaluate.LangIdDataset;
import dev.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench streams}: enrichment throughput on a broker by number of stream threads. */
@Command(
    name = "streams",
    header = "Runs the enrichment service on a broker with 1, 2 ... stream threads and prints articles per second.",
    mixinStandardHelpOptions = true,
    description = {
      "Builds articles from the paragraph bucket of a language-identification set (as `bench enrich`),",
      "then for each thread count writes them to fresh topics, starts the enrichment service (Kafka",
      "Streams, exactly once) with that many stream threads and times it until every article is on the",
      "enriched topic, after an unreported warm-up run. Prints articles per second (wall), process CPU",
      "per article and the speed-up over the first run. Uses KAFKA_BOOTSTRAP_SERVERS when set, else an embedded broker in a temporary",
      "directory. Entity engines are off: this measures the pipeline's scaling, `bench enrich` the engines."
    })
final class StreamsBenchCommand implements Callable<Integer> {
  private static final int WARM_UP_ARTICLES = 500;

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "FILE",
      description = "A language-identification set in the langid JSON-lines layout (.jsonl or .jsonl.gz).")
  Path dataset;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "N",
      description = "Stream-thread counts to run, in order (default: ${DEFAULT-VALUE}).")
  List<Integer> threads = new ArrayList<>();

  @Option(names = "--partitions", defaultValue = "6", paramLabel = "N",
      description = "Partitions of the input and output topics: the most threads that can work at once "
          + "(default: ${DEFAULT-VALUE}, as news.articles).")
  int partitions;

  @Option(names = "--articles", defaultValue = "4000", paramLabel = "N",
      description = "Articles per run, taken from the start of the interleaved stream (default: ${DEFAULT-VALUE}).")
  int articleCount;

  @Option(names = "--paragraphs-per-article", defaultValue = "4", paramLabel = "N",
      description = "Paragraphs per article (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(dataset)) {
      throw new IllegalArgumentException("no such dataset file: " + dataset);
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("--threads needs counts of at least 1, was " + threads);
    }
    List<Article> all = EnrichBenchmark.articlesFrom(LangIdDataset.read(dataset, 0), perArticle);
    List<Article> articles = all.subList(0, Math.min(articleCount, all.size()));
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(dataset + " has no paragraph samples to build articles from");
    }
    Path work = Files.createTempDirectory("newsflow-bench-streams");
    KafkaSettings configured = KafkaSettings.fromEnvironment();
    EmbeddedKafkaBroker broker = null;
    try {
      KafkaSettings kafka = configured;
      if (configured.bootstrapServers().isEmpty()) {
        err.println("starting an embedded Kafka broker...");
        err.flush();
        broker = EmbeddedKafkaBroker.start(work.resolve("kafka"));
        kafka = configured.withBootstrapServers(broker.bootstrapServers());
      }
      StreamsBenchmark bench = new StreamsBenchmark(kafka, work.resolve("streams"), partitions, line -> {
        err.println(line);
        err.flush();
      });
      // The first run in a JVM pays for class loading, the language model and the JIT: warm up.
      err.println("warm-up run (not counted)...");
      err.flush();
      bench.run(articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size())), threads.get(0));
      out.printf(Locale.ROOT, "%d articles of %d paragraphs, topics of %d partitions, %d cores%n",
          articles.size(), perArticle, partitions, Runtime.getRuntime().availableProcessors());
      out.println("threads  articles/s (wall)  CPU ms/article  speed-up");
      out.flush();
      double first = 0;
      for (int t : threads) {
        StreamsBenchmark.Run run = bench.run(articles, t);
        first = first == 0 ? run.articlesPerSecond() : first;
        out.printf(Locale.ROOT, "%7d  %17.0f  %14.2f  %7.2fx%n",
            t, run.articlesPerSecond(), run.cpuMillisPerArticle(), run.articlesPerSecond() / first);
        out.flush();
      }
      return 0;
    } finally {
      if (broker != null) {
        broker.close();
      }
      Directories.deleteRecursively(work, err::println);
    }
  }
}
