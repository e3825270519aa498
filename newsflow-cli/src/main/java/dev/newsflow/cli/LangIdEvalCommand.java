package dev.newsflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.json.Json;
import dev.newsflow.enrich.evaluate.LangIdDataset;
import dev.newsflow.enrich.evaluate.LangIdEvaluation;
import dev.newsflow.enrich.evaluate.LangIdReport;
import dev.newsflow.enrich.evaluate.LangIdSample;
import dev.newsflow.enrich.language.LanguageDetector;
import dev.newsflow.enrich.language.NgramLanguageDetector;
import dev.newsflow.enrich.language.OptimaizeLanguageDetector;
import dev.newsflow.enrich.language.ScriptAwareLanguageDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow eval langid}: accuracy, speed and footprint of the language detector. */
@Command(
    name = "langid",
    header = "Measures language detection over a labelled set.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the language detector over a labelled set (JSON Lines: text, lang, bucket, kind;",
      ".jsonl or .jsonl.gz) and prints accuracy per length bucket and per language, macro-averaged",
      "over languages, with throughput (texts per CPU-second, one thread), load time and heap."
    })
final class LangIdEvalCommand implements Callable<Integer> {
  /** The detectors that can be measured. */
  enum Detector {
    /** The detector the enrich service uses: script rules and character n-grams. */
    DEFAULT(NgramLanguageDetector::new),
    /** The previous default: script rules and Optimaize's profiles. */
    SCRIPT_OPTIMAIZE(ScriptAwareLanguageDetector::new),
    /** The first version: Optimaize's n-gram profiles through Tika. */
    OPTIMAIZE(OptimaizeLanguageDetector::new);

    private final Supplier<LanguageDetector> factory;

    Detector(Supplier<LanguageDetector> factory) {
      this.factory = factory;
    }

    /** A new instance, models loaded. */
    LanguageDetector create() {
      return factory.get();
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, description = "The labelled set (.jsonl or .jsonl.gz).")
  Path dataset;

  @Option(names = "--predictions", description = "Write one JSON line per text: its fields plus `predicted`.")
  Path predictions;

  @Option(names = "--limit", defaultValue = "0", description = "Use only the first N texts (0: all).")
  int limit;

  @Option(names = "--detector", defaultValue = "default",
      description = "Which detector: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Detector detector;

  @Option(names = "--per-language", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Print the per-language table (default: on).")
  boolean perLanguage;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<LangIdSample> samples = LangIdDataset.read(dataset, limit);

    Footprint before = Footprint.now();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long loadCpuStart = threads.getCurrentThreadCpuTime();
    long loadStart = System.nanoTime();
    LanguageDetector chosen = detector.create();
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
    long loadCpuMillis = (threads.getCurrentThreadCpuTime() - loadCpuStart) / 1_000_000;
    Footprint after = Footprint.now();

    LangIdEvaluation.Result result = new LangIdEvaluation(chosen).run(samples);
    LangIdReport report = result.report();

    out.printf(Locale.ROOT, "dataset   %s: %,d texts, %d languages%n", dataset, samples.size(), report.languages().size());
    out.printf(Locale.ROOT, "detector  %s: supports %d of them%s%n", detector.name().toLowerCase(Locale.ROOT),
        report.supported().size(), unsupported(report));
    out.printf(Locale.ROOT, "load      %,d ms (%,d ms CPU); heap after load %,d MB (+%,d MB); RSS %s%n", loadMillis, loadCpuMillis,
        after.heapBytes() >> 20, (after.heapBytes() - before.heapBytes()) >> 20,
        after.rssBytes() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", after.rssBytes() >> 20));
    out.printf(Locale.ROOT, "speed     %,.0f texts per CPU-second overall (one thread)%n%n", result.textsPerCpuSecond());

    out.printf(Locale.ROOT, "%-10s %7s %12s %9s %7s %14s%n", "group", "texts", "macro(" + report.supported().size() + ")",
        "all(" + report.languages().size() + ")", "micro", "texts/cpu-s");
    for (LangIdReport.GroupScore bucket : report.buckets()) {
      double speed = result.speeds().stream().filter(s -> s.bucket().equals(bucket.name()))
          .mapToDouble(LangIdEvaluation.Speed::textsPerCpuSecond).findFirst().orElse(Double.NaN);
      out.printf(Locale.ROOT, "%-10s %7d %12s %9s %7s %14s%n", bucket.name(), bucket.texts(),
          pct(bucket.macroSupported()), pct(bucket.macroAll()), pct(bucket.micro()),
          Double.isNaN(speed) ? "" : String.format(Locale.ROOT, "%,.0f", speed));
    }
    if (!report.kinds().stream().map(LangIdReport.GroupScore::name).toList()
        .equals(report.buckets().stream().map(LangIdReport.GroupScore::name).toList())) {
      for (LangIdReport.GroupScore kind : report.kinds()) {
        out.printf(Locale.ROOT, "  %-8s %7d %12s %9s %7s%n", kind.name(), kind.texts(),
            pct(kind.macroSupported()), pct(kind.macroAll()), pct(kind.micro()));
      }
    }
    if (perLanguage) {
      printPerLanguage(out, report);
    }
    out.println();
    out.println("most frequent mistakes (gold -> answer: texts)");
    for (LangIdReport.Confusion c : report.confusions()) {
      out.printf(Locale.ROOT, "  %s -> %s: %d%n", c.gold(), c.predicted(), c.count());
    }
    out.flush();

    if (predictions != null) {
      writePredictions(samples, result.predictions());
      out.println("predictions written to " + predictions);
    }
    return 0;
  }

  private static String unsupported(LangIdReport report) {
    List<String> missing = report.languages().stream().filter(l -> !report.supported().contains(l)).toList();
    return missing.isEmpty() ? "" : " (not: " + String.join(" ", missing) + ")";
  }

  private static void printPerLanguage(PrintWriter out, LangIdReport report) {
    out.println();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-5s", "lang"));
    report.buckets().forEach(b -> header.append(String.format(Locale.ROOT, " %9s", b.name())));
    out.println(header);
    for (String lang : report.languages()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-5s", lang));
      for (LangIdReport.GroupScore bucket : report.buckets()) {
        LangIdReport.Tally tally = bucket.byLanguage().get(lang);
        row.append(String.format(Locale.ROOT, " %9s", tally == null ? "-" : pct(tally.accuracy())));
      }
      if (!report.supported().contains(lang)) {
        row.append("  (unsupported)");
      }
      out.println(row);
    }
  }

  private void writePredictions(List<LangIdSample> samples, List<Language> answers) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (int i = 0; i < samples.size(); i++) {
        LangIdSample sample = samples.get(i);
        Language answer = answers.get(i);
        ObjectNode line = Json.mapper().createObjectNode()
            .put("text", sample.text())
            .put("lang", sample.lang())
            .put("bucket", sample.bucket())
            .put("kind", sample.kind())
            .put("predicted", answer.tag())
            .put("confidence", Math.round(answer.confidence() * 1e4) / 1e4);
        writer.write(Json.mapper().writeValueAsString(line));
        writer.newLine();
      }
    }
  }

  private static String pct(double fraction) {
    return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f", fraction * 100);
  }

  /** Heap in use after a collection, and the process's resident set where the OS tells it. */
  record Footprint(long heapBytes, long rssBytes) {
    static Footprint now() {
      Runtime runtime = Runtime.getRuntime();
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return new Footprint(runtime.totalMemory() - runtime.freeMemory(), rss());
    }

    private static long rss() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException e) {
        // not Linux: no RSS figure
      }
      return -1;
    }
  }
}
