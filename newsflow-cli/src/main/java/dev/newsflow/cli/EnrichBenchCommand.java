package dev.newsflow.cli;

import dev.newsflow.common.article.Article;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.bench.EngineFootprint;
import dev.newsflow.enrich.bench.EnrichBenchmark;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.models.ModelStore;
import dev.newsflow.enrich.evaluate.LangIdDataset;
import dev.newsflow.enrich.evaluate.LangIdSample;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench enrich}: enrichment throughput per core and heap with the engines loaded. */
@Command(
    name = "enrich",
    header = "Enriches a mixed-language article stream and measures articles per CPU-second and heap.",
    mixinStandardHelpOptions = true,
    description = {
      "Builds articles of N paragraphs each from the paragraph bucket of a language-identification set",
      "(one language per article, languages interleaved), builds the enricher (language detection,",
      "keywords, statistics, the entity engines asked for), enriches every article once to load",
      "everything, then enriches the stream again and again on one thread until --cpu of CPU time is",
      "spent. Prints articles per CPU-second (what one core sustains), load time and heap after a",
      "forced GC. Progress goes to stderr, the figures to stdout."
    })
final class EnrichBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "FILE",
      description = "A language-identification set in the langid JSON-lines layout (.jsonl or .jsonl.gz), "
          + "e.g. ../shared/datasets/langid/langid-dev.jsonl.gz.")
  Path dataset;

  @Option(names = "--paragraphs-per-article", defaultValue = "4", paramLabel = "N",
      description = "Paragraphs per article (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Option(names = "--cpu", defaultValue = "20s", converter = DurationConverter.class, paramLabel = "TIME",
      description = "CPU time to spend measuring (default: ${DEFAULT-VALUE}).")
  Duration cpu;

  @Option(names = "--entity-languages", paramLabel = "LANG", split = ",", defaultValue = "all",
      description = "Languages whose entity engine runs: ISO 639-1 codes, `all` for every available engine, "
          + "`none` for none (default: ${DEFAULT-VALUE}).")
  Set<String> entityLanguages = new LinkedHashSet<>();

  @Option(names = "--engine-heap",
      description = "First load each entity engine alone and print the heap it holds and its load time, "
          + "one line per language (to size the heap for the languages you switch on).")
  boolean engineHeap;

  @Option(names = "--entity-misc", arity = "1", defaultValue = "true", paramLabel = "true|false",
      description = "Whether misc entities are found, as `newsflow enrich --entity-misc` (default: ${DEFAULT-VALUE}); "
          + "false measures English without its second model.")
  boolean entityMisc;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(dataset)) {
      throw new IllegalArgumentException("no such dataset file: " + dataset);
    }
    Set<String> languages = entityLanguages.contains("all")
        ? new LinkedHashSet<>(EntityRecognizers.available().languages())
        : entityLanguages.contains("none") ? Set.of() : entityLanguages;
    List<Article> articles = EnrichBenchmark.articlesFrom(LangIdDataset.read(dataset, 0), perArticle);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(dataset + " has no paragraph samples to build articles from");
    }
    if (engineHeap) {
      printEngineFootprints(languages, entityMisc, LangIdDataset.read(dataset, 0), out, err);
    }
    err.printf(Locale.ROOT, "%d articles of %d paragraphs; entity engines: %s (misc %s); loading...%n",
        articles.size(), perArticle, languages.isEmpty() ? "none" : String.join(",", languages),
        entityMisc ? "on" : "off");
    err.flush();
    EnrichBenchmark.Result result = EnrichBenchmark.run(
        () -> Enricher.withDefaults(Clock.systemUTC(), languages, entityMisc), articles, cpu, line -> {
          err.println(line);
          err.flush();
        });
    out.print(result.describe());
    out.flush();
    return 0;
  }

  /** Each language's engine loaded alone, on a paragraph of that language from the dataset. */
  private static void printEngineFootprints(
      Set<String> languages, boolean misc, List<LangIdSample> samples, PrintWriter out, PrintWriter err) {
    out.println("entity engine per language (loaded alone, heap after a forced GC):");
    for (String language : languages) {
      String sample = samples.stream()
          .filter(s -> s.lang().equals(language) && s.bucket().equals("paragraph"))
          .map(LangIdSample::text)
          .findFirst()
          .orElse("");
      err.printf(Locale.ROOT, "loading the %s engine alone...%n", language);
      err.flush();
      EngineFootprint footprint = EngineFootprint.measure(
          () -> EntityRecognizers.available(ModelStore.fromEnvironment(), misc).only(Set.of(language)),
          language, sample);
      out.println("  " + footprint.describe());
      out.flush();
    }
  }
}
