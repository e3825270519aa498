package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.enrich.evaluate.LangIdDataset;
import dev.newsflow.enrich.evaluate.LangIdEvaluation;
import dev.newsflow.enrich.evaluate.LangIdReport;
import dev.newsflow.enrich.evaluate.LangIdSample;
import dev.newsflow.enrich.language.LanguageDetector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import dev.newsflow.testkit.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language detector of the enrich service measured on the fixed scoring subset of the shared
 * language-identification set, with floors a little under the figures it reached when it was last
 * tuned: a change that makes it worse fails here. Skipped where the shared datasets are absent.
 */
class LangIdEvaluationIT {
  private static final String SUBSET = "langid/langid-dev-eval100.jsonl.gz";

  /**
   * Macro accuracy over all 79 languages of the set, unknown languages scoring 0. Reached: 82.2 /
   * 96.2 / 97.9 (Lingua 1.2.2 high accuracy, the target: 81.8 / 96.1 / 97.3).
   */
  private static final double SHORT_FLOOR = 0.815;
  private static final double SENTENCE_FLOOR = 0.955;
  private static final double PARAGRAPH_FLOOR = 0.97;

  @Test
  void detectorStaysAboveItsAccuracyFloorsOnTheScoringSubset() {
    Path subset = datasets().resolve(SUBSET);
    assumeTrue(Files.isRegularFile(subset), "no shared datasets at " + subset);
    List<LangIdSample> samples = LangIdDataset.read(subset, 0);
    LanguageDetector detector = LangIdEvalCommand.Detector.DEFAULT.create();

    LangIdEvaluation.Result result = new LangIdEvaluation(detector).run(samples);

    LangIdReport report = result.report();
    System.out.printf(Locale.ROOT, "langid on %s: %d languages, %d supported, %.0f texts/cpu-s%n",
        SUBSET, report.languages().size(), report.supported().size(), result.textsPerCpuSecond());
    for (LangIdReport.GroupScore bucket : report.buckets()) {
      System.out.printf(Locale.ROOT, "  %-9s macro(supported) %.1f  all %.1f%n",
          bucket.name(), bucket.macroSupported() * 100, bucket.macroAll() * 100);
    }
    assertThat(report.languages()).hasSize(79);
    assertThat(report.supported()).hasSize(79);
    assertThat(report.bucket("short").orElseThrow().macroAll()).isGreaterThan(SHORT_FLOOR);
    assertThat(report.bucket("sentence").orElseThrow().macroAll()).isGreaterThan(SENTENCE_FLOOR);
    assertThat(report.bucket("paragraph").orElseThrow().macroAll()).isGreaterThan(PARAGRAPH_FLOOR);
  }

  @Test
  void commandPrintsTheTableAndWritesOnePredictionPerText(@TempDir Path work) throws Exception {
    Path subset = datasets().resolve(SUBSET);
    assumeTrue(Files.isRegularFile(subset), "no shared datasets at " + subset);
    Path predictions = work.resolve("predictions.jsonl");
    StringWriter out = new StringWriter();

    int exit = Newsflow.commandLine().setOut(new PrintWriter(out)).execute(
        "eval", "langid", "--dataset", subset.toString(), "--limit", "300",
        "--predictions", predictions.toString(), "--no-per-language");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("300 texts").contains("texts/cpu-s").contains("heap after load");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(300).allSatisfy(line -> assertThat(line).contains("\"predicted\":"));
  }

  private static Path datasets() {
    return SharedDatasets.find().orElse(Path.of("shared", "datasets"));
  }

}
