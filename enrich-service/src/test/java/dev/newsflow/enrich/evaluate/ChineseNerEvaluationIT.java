package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.enrich.entities.EntityRecognizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.newsflow.testkit.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Chinese engine on the shared Chinese NER sets, with floors a little under what it reaches
 * (entity-level F1 over PER/ORG/LOC; CoreNLP's figures for comparison: 62.3 and 40.9). Skipped
 * when the shared datasets are not there.
 */
class ChineseNerEvaluationIT {
  private static NerEvaluator evaluator;
  private static Path nerDir;

  @BeforeAll
  static void loadEngine() {
    Optional<Path> dir = nerDatasets();
    assumeTrue(dir.isPresent(), "shared NER datasets not found (set NEWSFLOW_DATASETS)");
    nerDir = dir.get();
    evaluator = new NerEvaluator(EntityRecognizers.available());
    NerEngineLoad load = evaluator.load("zh");
    System.out.printf("zh engine %s: load %d ms, heap after load %d MB%n",
        load.engine(), load.millis(), load.heapBytesAfter() >> 20);
    assertThat(load.engine()).isEqualTo("hanlp-zh");
    assertThat(load.heapBytesAfter()).isLessThan(500L << 20);
  }

  @ParameterizedTest(name = "{0}: F1 PER/ORG/LOC at least {1}")
  @CsvSource({
      "uner_zh_gsdsimp_dev,          54.5, 55.0, 53.5",
      "uner_zh_pud_test_traditional, 58.5, 60.0, 56.5",
  })
  void chineseScoresStayAboveTheirFloors(String name, double minF1, double minPrecision, double minRecall) {
    NerDataset dataset = NerDataset.read(nerDir.resolve(name + ".jsonl")).get(0);

    NerRun run = evaluator.run(dataset);

    NerCounts counts = run.score().withoutMisc();
    System.out.printf("%s: P %.2f R %.2f F1 %.2f, %.0f sentences/s%n",
        name, counts.precision(), counts.recall(), counts.f1(), run.sentencesPerSecond());
    for (String type : run.score().types()) {
      NerCounts c = run.score().of(type);
      System.out.printf("  %-4s P %.2f R %.2f F1 %.2f%n", type, c.precision(), c.recall(), c.f1());
    }
    assertThat(counts.f1()).isGreaterThanOrEqualTo(minF1);
    assertThat(counts.precision()).isGreaterThanOrEqualTo(minPrecision);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(minRecall);
  }

  private static Optional<Path> nerDatasets() {
    return SharedDatasets.find("ner").filter(Files::isDirectory);
  }

}
