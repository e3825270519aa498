package dev.newsflow.cli;

import dev.newsflow.common.json.Json;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.evaluate.EvaluationReport;
import dev.newsflow.ingest.evaluate.ExtractionEvaluation;
import dev.newsflow.ingest.evaluate.PageListener;
import dev.newsflow.ingest.evaluate.PageResult;
import dev.newsflow.ingest.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow eval extraction}: extraction quality and speed over article datasets. */
@Command(
    name = "extraction",
    header = "Measures text and metadata extraction over labelled pages.",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every page of an extraction dataset and scores it against the truth:",
      "token P/R/F1 for full-text truth, snippet P/R/F1 for with/without truth, title and",
      "published-date accuracy, pages per second (one thread) and pages that failed."
    })
final class ExtractionEvalCommand implements Callable<Integer> {
  static final int PROGRESS_EVERY = 100;

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "A dataset folder (truth.jsonl + pages/) or a folder of them.")
  Path dataset;

  @Option(names = "--predictions", paramLabel = "OUT",
      description = {"Write OUT/<id>.txt (main text) and OUT/<id>.json (the extracted record) per page;",
          "with several datasets, under OUT/<set>/."})
  Path predictions;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "At most N pages per dataset (default: all).")
  int limit;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "Read local times on pages in this zone (default: unknown, as for a new source).")
  ZoneId zone;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean severalSets = ExtractionEvaluation.datasetsIn(dataset).size() > 1;
    if (predictions != null) {
      Files.createDirectories(predictions);
    }
    PageListener listener = (result, done, total) -> {
      if (predictions != null) {
        writePrediction(severalSets ? predictions.resolve(result.set()) : predictions, result);
      }
      if (done % PROGRESS_EVERY == 0 || done == total) {
        err.printf(Locale.ROOT, "%d/%d pages%n", done, total);
        err.flush();
      }
    };
    ExtractionEvaluation evaluation = new ExtractionEvaluation(new ArticleExtractor(), new PageDecoder(), zone);
    EvaluationReport report = evaluation.evaluate(dataset, limit, listener);
    out.print(report.table());
    out.flush();
    return 0;
  }

  /** Several sets get a subfolder each, so that equal ids in two sets do not collide. */
  private static void writePrediction(Path dir, PageResult result) throws IOException {
    Files.createDirectories(dir);
    String name = FileNames.safe(result.id());
    Files.writeString(dir.resolve(name + ".txt"), result.text(), StandardCharsets.UTF_8);
    Object record = result.article() != null ? result.article() : Map.of("failure", result.failure());
    Files.writeString(dir.resolve(name + ".json"), Json.writePretty(record), StandardCharsets.UTF_8);
  }
}
