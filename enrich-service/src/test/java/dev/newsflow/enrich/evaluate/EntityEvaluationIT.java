package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelStore;
import dev.newsflow.testkit.SharedDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CoreNLP engines (en, de, fr, es) on the shared NER sets, with floors a little under what
 * they reach (entity-level F1 over PER/ORG/LOC, exact span and type). CoreNLP 4.5.10's own figures
 * on the same files, for comparison: en EWT 73.23, en PUD 74.41, de GermEval 79.53, de PUD 73.88,
 * es WikiANN 46.50, fr WikiANN 55.42.
 *
 * <p>Models come from the model cache ({@code NEWSFLOW_MODELS}, default {@code
 * ~/.cache/newsflow/models}), fetched once from Maven Central when missing. Skipped when the
 * shared datasets are not there, or when a model is neither cached nor reachable.
 */
class EntityEvaluationIT {
  private static final Map<String, NerEvaluator> evaluators = new HashMap<>();
  private static ModelStore models;
  private static Path nerDir;

  @BeforeAll
  static void findDatasets() {
    Optional<Path> dir = SharedDatasets.find("ner").filter(Files::isDirectory);
    assumeTrue(dir.isPresent(), "shared NER datasets not found (set NEWSFLOW_DATASETS)");
    nerDir = dir.get();
    models = ModelStore.fromEnvironment();
  }

  @AfterAll
  static void release() {
    evaluators.clear();
  }

  @ParameterizedTest(name = "{0} ({1}): F1 PER/ORG/LOC at least {2}")
  @CsvSource({
      "uner_en_ewt_dev,     en, 72.5, 75.0, 70.0",
      "uner_en_pud_test,    en, 74.0, 75.5, 72.0",
      "germeval2014_de_dev, de, 79.0, 81.5, 76.5",
      "uner_de_pud_test,    de, 73.5, 75.0, 72.0",
      "wikiann_fr_dev,      fr, 54.5, 56.5, 52.5",
      "wikiann_es_dev,      es, 46.0, 46.0, 45.5",
  })
  void coreNlpScoresStayAboveTheirFloors(String name, String lang, double minF1, double minPrecision, double minRecall) {
    NerEvaluator evaluator = evaluator(lang);
    NerDataset dataset = NerDataset.read(nerDir.resolve(name + ".jsonl")).get(0);

    NerRun run = evaluator.run(dataset);

    NerCounts counts = run.score().withoutMisc();
    System.out.printf("%s: P %.2f R %.2f F1 %.2f (all types F1 %.2f), %.0f sentences per CPU-second%n",
        name, counts.precision(), counts.recall(), counts.f1(), run.score().total().f1(), run.sentencesPerCpuSecond());
    assertThat(counts.f1()).isGreaterThanOrEqualTo(minF1);
    assertThat(counts.precision()).isGreaterThanOrEqualTo(minPrecision);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(minRecall);
  }

  /** One evaluator per language, loaded on first use; its load cost is printed and bounded. */
  private static NerEvaluator evaluator(String lang) {
    NerEvaluator existing = evaluators.get(lang);
    if (existing != null) {
      return existing;
    }
    try {
      models.ensure(CoreNlpModels.forLanguage(lang).orElseThrow());
    } catch (ModelFetchException e) {
      assumeTrue(!e.reason().equals(ModelFetchException.UNREACHABLE), "model not cached and not reachable: " + e.getMessage());
      throw e;
    }
    NerEvaluator evaluator = new NerEvaluator(EntityRecognizers.available(models).only(Set.of(lang)));
    NerEngineLoad load = evaluator.load(lang);
    System.out.printf("%s engine %s: load %d ms, heap after load %d MB (+%d MB)%n",
        lang, load.engine(), load.millis(), load.heapBytesAfter() >> 20, load.heapBytesAdded() >> 20);
    assertThat(load.loaded()).as("engine for " + lang + " loaded").isTrue();
    assertThat(load.heapBytesAdded()).isLessThan(400L << 20);
    evaluators.put(lang, evaluator);
    return evaluator;
  }
}
