package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.evaluate.EvaluationReport;
import dev.newsflow.ingest.evaluate.ExtractionEvaluation;
import dev.newsflow.ingest.evaluate.Figures;
import dev.newsflow.ingest.evaluate.PageListener;
import dev.newsflow.ingest.extract.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors over the shared extraction datasets, a little under the figures measured when
 * they were set, so that extraction quality cannot silently regress. Raise them as the extractor
 * improves. Skipped where the datasets are not available.
 */
class ExtractionQualityIT {
  static EvaluationReport report;

  @BeforeAll
  static void evaluate() throws Exception {
    Optional<Path> datasets = SharedDatasets.find().map(d -> d.resolve("extraction"));
    assumeTrue(datasets.isPresent() && Files.isDirectory(datasets.get()),
        "shared extraction datasets not found (set NEWSFLOW_DATASETS)");
    report = new ExtractionEvaluation(new ArticleExtractor(), new PageDecoder(), null)
        .evaluate(datasets.get(), 0, PageListener.NONE);
    System.out.print(report.table());
  }

  @Test
  void trafilaturaSnippetsStayAboveTheFloor() {
    Figures f = report.set("trafilatura");
    assertThat(f.pages()).isEqualTo(990);
    assertThat(f.snippetF1()).isGreaterThanOrEqualTo(0.80);
    assertThat(f.snippetPrecision()).isGreaterThanOrEqualTo(0.91);
    assertThat(f.snippetRecall()).isGreaterThanOrEqualTo(0.71);
    assertThat(f.failures()).isLessThanOrEqualTo(70);
    assertThat(f.titleAccuracy()).isGreaterThanOrEqualTo(0.64);
    assertThat(f.dayAccuracy()).isGreaterThanOrEqualTo(0.50);
  }

  @Test
  void chineseFullTextStaysAboveTheFloor() {
    Figures f = report.set("chinese-wce");
    assertThat(f.pages()).isEqualTo(69);
    assertThat(f.tokenF1()).isGreaterThanOrEqualTo(0.86);
    assertThat(f.tokenPrecision()).isGreaterThanOrEqualTo(0.87);
    assertThat(f.tokenRecall()).isGreaterThanOrEqualTo(0.86);
    assertThat(f.failures()).isLessThanOrEqualTo(5);
    assertThat(f.titleAccuracy()).isGreaterThanOrEqualTo(0.43);
  }
}
