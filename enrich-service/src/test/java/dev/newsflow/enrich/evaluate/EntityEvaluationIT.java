package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelStore;
import dev.newsflow.testkit.SharedDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CoreNLP engines (en, de, fr, es) on the shared NER sets, with floors a little under what
 * they reach (entity-level F1 over PER/ORG/LOC, exact span and type), on the sets' gold tokens
 * (conlleval's protocol, and the baselines') and through the product's own tokenizer. CoreNLP
 * 4.5.10's own figures on the same files (gold tokens), for comparison: en EWT 73.23, en PUD 74.41,
 * de GermEval 79.53, de PUD 73.88, es WikiANN 46.50, fr WikiANN 55.42.
 *
 * <p>Models come from the model cache ({@code NEWSFLOW_MODELS}, default {@code
 * ~/.cache/newsflow/models}), fetched once from Maven Central when missing. Skipped when the
 * shared datasets are not there, or when a model is neither cached nor reachable.
 */
class EntityEvaluationIT {
  private static final Map<String, EntityRecognizers> loaded = new HashMap<>();
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
    loaded.clear();
  }

  @ParameterizedTest(name = "{0} ({1}) on {2} tokens: F1 PER/ORG/LOC at least {3}")
  @CsvSource({
      "uner_en_ewt_dev,     en, GOLD, 73.3, 76.0, 70.5",
      "uner_en_pud_test,    en, GOLD, 74.5, 76.0, 73.0",
      "germeval2014_de_dev, de, GOLD, 79.5, 82.0, 77.0",
      "uner_de_pud_test,    de, GOLD, 73.8, 75.5, 72.2",
      "wikiann_fr_dev,      fr, GOLD, 55.5, 58.7, 52.7",
      "wikiann_es_dev,      es, GOLD, 46.5, 46.9, 46.0",
      "uner_en_ewt_dev,     en, OWN,  73.2, 75.5, 70.5",
      "uner_en_pud_test,    en, OWN,  74.4, 75.5, 72.5",
      "germeval2014_de_dev, de, OWN,  79.5, 82.0, 77.0",
      "uner_de_pud_test,    de, OWN,  73.8, 75.5, 72.0",
      "wikiann_fr_dev,      fr, OWN,  54.9, 57.0, 52.5",
      "wikiann_es_dev,      es, OWN,  46.2, 46.0, 46.0",
  })
  void coreNlpScoresStayAboveTheirFloors(String name, String lang, NerTokenization tokens, double minF1,
      double minPrecision, double minRecall) {
    NerEvaluator evaluator = new NerEvaluator(recognizers(lang), tokens);
    NerDataset dataset = NerDataset.read(nerDir.resolve(name + ".jsonl")).get(0);

    NerRun run = evaluator.run(dataset);

    NerCounts counts = run.score().withoutMisc();
    System.out.printf("%s on %s tokens: P %.2f R %.2f F1 %.2f (all types F1 %.2f), %.0f sentences per CPU-second%n",
        name, tokens, counts.precision(), counts.recall(), counts.f1(), run.score().total().f1(), run.sentencesPerCpuSecond());
    assertThat(counts.f1()).isGreaterThanOrEqualTo(minF1);
    assertThat(counts.precision()).isGreaterThanOrEqualTo(minPrecision);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(minRecall);
  }

  @Test
  void onGoldTokensEveryMentionStartsAndEndsOnATokenBoundary() {
    EntityRecognizers recognizers = recognizers("fr");
    List<NerSample> samples = NerDataset.read(nerDir.resolve("wikiann_fr_dev.jsonl")).get(0).samples().stream()
        .limit(2000).toList();
    int mentions = 0;
    for (NerSample sample : samples) {
      Set<Integer> starts = new java.util.HashSet<>();
      Set<Integer> ends = new java.util.HashSet<>();
      sample.tokenSpans().forEach(t -> {
        starts.add(t.start());
        ends.add(t.end());
      });
      for (EntityMention mention : recognizers.mentions(sample.text(), sample.tokenSpans(), new Language("fr", "Latn", 1.0))) {
        assertThat(starts).as(sample.text()).contains(mention.start());
        assertThat(ends).as(sample.text()).contains(mention.end());
        mentions++;
      }
    }
    assertThat(mentions).isGreaterThan(1000);
  }

  @Test
  void withMiscOffEnglishRunsWithoutItsSecondModelAndFindsNoMisc() {
    EntityRecognizers withMisc = recognizers("en");
    EntityRecognizers withoutMisc = EntityRecognizers.available(models, false).only(Set.of("en"));
    Language en = new Language("en", "Latn", 1.0);
    String text = "Thousands marked Safer Internet Day in London, where the Olympic Games were held. "
        + "Shops were using counterfeit Windows.";

    assertThat(((CoreNlpEntityRecognizer) withMisc.recognizer(en).orElseThrow()).addsMisc()).isTrue();
    assertThat(((CoreNlpEntityRecognizer) withoutMisc.recognizer(en).orElseThrow()).addsMisc()).isFalse();
    assertThat(withMisc.entities(text, en)).extracting(Entity::type).contains(EntityType.MISC, EntityType.LOCATION);
    assertThat(withoutMisc.entities(text, en)).extracting(Entity::type)
        .contains(EntityType.LOCATION).doesNotContain(EntityType.MISC);
  }

  @Test
  void oneSharedRecognizerGivesFourThreadsWhatItGivesOne() throws Exception {
    EntityRecognizer english = recognizer("en");
    Language en = new Language("en", "Latn", 1.0);
    List<String> texts = NerDataset.read(nerDir.resolve("uner_en_pud_test.jsonl")).get(0).samples().stream()
        .limit(300).map(NerSample::text).toList();
    List<List<EntityMention>> alone = texts.stream().map(t -> english.recognize(t, en)).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<EntityMention>>>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread * 75;
        results.add(pool.submit(() -> {
          List<List<EntityMention>> found = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
          for (int i = 0; i < texts.size(); i++) {
            int index = (i + offset) % texts.size(); // threads work on different sentences at a time
            found.set(index, english.recognize(texts.get(index), en));
          }
          return found;
        }));
      }
      for (Future<List<List<EntityMention>>> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.stream().mapToInt(List::size).sum()).isGreaterThan(150);
  }

  @Test
  void entitiesPointAtTheirWordsInRawText() {
    EntityRecognizers recognizers = recognizers("de");
    String text = "Bundeskanzlerin Angela Merkel traf am Montag in Paris den Präsidenten der Europäischen Kommission.\n"
        + "Die Siemens AG (München) meldete einen Gewinn.";

    List<Entity> entities = recognizers.entities(text, new Language("de", "Latn", 1.0));

    assertThat(entities).extracting(e -> e.type() + ":" + text.substring(e.mentions().get(0).start(), e.mentions().get(0).end()))
        .contains("PERSON:Angela Merkel", "LOCATION:Paris", "LOCATION:München");
    assertThat(entities).allMatch(e -> e.engine().equals("corenlp-de"));
  }

  @Test
  void controlCharactersInScrapedTextNeitherBreakOffsetsNorStopRecognition() {
    EntityRecognizers recognizers = recognizers("fr");
    // U+0010 and U+009C are what broken pages leave in text; the tokenizer cannot place them.
    String text = "Le pr\u0010sident Emmanuel Macron est arriv\u009C \u00e0 Marseille mardi.";

    List<Entity> entities = recognizers.entities(text, new Language("fr", "Latn", 1.0));

    assertThat(entities).extracting(e -> text.substring(e.mentions().get(0).start(), e.mentions().get(0).end()))
        .contains("Emmanuel Macron", "Marseille");
  }

  private static EntityRecognizer recognizer(String lang) {
    return recognizers(lang).recognizer(new Language(lang, "Latn", 1.0)).orElseThrow();
  }

  /** One set of engines per language, loaded on first use; its load cost is printed and bounded. */
  private static EntityRecognizers recognizers(String lang) {
    EntityRecognizers existing = loaded.get(lang);
    if (existing != null) {
      return existing;
    }
    try {
      models.ensure(CoreNlpModels.forLanguage(lang).orElseThrow());
    } catch (ModelFetchException e) {
      assumeTrue(!e.reason().equals(ModelFetchException.UNREACHABLE), "model not cached and not reachable: " + e.getMessage());
      throw e;
    }
    EntityRecognizers recognizers = EntityRecognizers.available(models).only(Set.of(lang));
    NerEngineLoad load = new NerEvaluator(recognizers).load(lang);
    System.out.printf("%s engine %s: load %d ms, heap after load %d MB (+%d MB)%n",
        lang, load.engine(), load.millis(), load.heapBytesAfter() >> 20, load.heapBytesAdded() >> 20);
    assertThat(load.loaded()).as("engine for " + lang + " loaded").isTrue();
    assertThat(load.heapBytesAdded()).isLessThan(400L << 20);
    loaded.put(lang, recognizers);
    return recognizers;
  }
}
