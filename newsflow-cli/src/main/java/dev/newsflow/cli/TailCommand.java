package dev.newsflow.cli;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.kafka.KafkaSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints enriched articles as they arrive: the analyst's first look at the topic. */
@Command(
    name = "tail",
    header = "Prints enriched articles as they arrive.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints enriched articles as they arrive on news.articles.enriched.",
      "Finds the cluster in KAFKA_BOOTSTRAP_SERVERS (or --config), else the embedded broker of a",
      "`newsflow run` using the same --data-dir."
    })
final class TailCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "line", description = "json, line or pretty (default: ${DEFAULT-VALUE}).")
  ArticleView format;

  @Option(names = "--from-beginning", description = "Start with the oldest retained article instead of new ones.")
  boolean fromBeginning;

  @Option(names = "--language", description = "Only articles in this language (ISO 639-1, e.g. en).")
  String language;

  @Option(names = "--source", description = "Only articles from this source id.")
  String source;

  @Option(names = "--max", defaultValue = "0", description = "Stop after this many articles (0: no limit).")
  int max;

  @Option(names = "--idle-timeout", converter = DurationConverter.class,
      description = "Stop when no article arrived for this long (default: never).")
  Duration idleTimeout;

  @Override
  public Integer call() throws Exception {
    KafkaSettings kafka = KafkaConnection.find(common.kafkaSettings(), common.dataDirectory);
    PrintWriter out = spec.commandLine().getOut();
    int printed = 0;
    long lastArrival = System.nanoTime();
    try (GracefulShutdown shutdown = new GracefulShutdown();
        EnrichedTopicReader reader = new EnrichedTopicReader(kafka, common.topics().enriched(), fromBeginning)) {
      while (!shutdown.requested()) {
        for (EnrichedArticle article : reader.poll(Duration.ofMillis(500))) {
          lastArrival = System.nanoTime();
          if (matches(article)) {
            out.println(format.render(article));
            out.flush();
            if (max > 0 && ++printed >= max) {
              return 0;
            }
          }
        }
        if (idleTimeout != null && System.nanoTime() - lastArrival > idleTimeout.toNanos()) {
          return 0;
        }
      }
    }
    return 0;
  }

  boolean matches(EnrichedArticle article) {
    if (language != null && !article.language().code().equals(language.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return source == null || article.article().source().id().equals(source);
  }
}
