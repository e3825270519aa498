package dev.newsflow.enrich.evaluate;

import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs the entity engines over NER evaluation sentences and scores them against the gold tags.
 *
 * <pre>{@code
 * NerEvaluator evaluator = new NerEvaluator(EntityRecognizers.available());
 * for (NerDataset dataset : NerDataset.read(dir)) {
 *   NerRun run = evaluator.run(dataset);
 *   System.out.println(run.score().withoutMisc().f1());
 * }
 * }</pre>
 *
 * <p>Each sentence is given to the engine of its language as one text ({@link NerSample#text()}),
 * with its gold tokens ({@link NerTokenization#GOLD}, the default) or for the engine to tokenise
 * ({@link NerTokenization#OWN}); the mentions come back as tags on the gold tokens. Sentences in a
 * language without an engine are predicted all {@code O}.
 */
public final class NerEvaluator {
  private final EntityRecognizers recognizers;
  private final NerTokenization tokenization;

  /** An evaluator on the gold tokens ({@link NerTokenization#GOLD}). */
  public NerEvaluator(EntityRecognizers recognizers) {
    this(recognizers, NerTokenization.GOLD);
  }

  public NerEvaluator(EntityRecognizers recognizers, NerTokenization tokenization) {
    this.recognizers = Objects.requireNonNull(recognizers, "recognizers");
    this.tokenization = Objects.requireNonNull(tokenization, "tokenization");
  }

  /** Whose tokens the engines label. */
  public NerTokenization tokenization() {
    return tokenization;
  }

  /**
   * Loads the engine for {@code lang} if it is not loaded yet, measuring the time it takes and the
   * heap in use afterwards (after a garbage collection, so roughly what the engine keeps). Call it
   * before {@link #run(NerDataset)} so that loading is not counted as recognition time.
   */
  public NerEngineLoad load(String lang) {
    Language language = language(lang);
    long before = usedHeap();
    long started = System.nanoTime();
    boolean loaded = recognizers.recognizer(language).isPresent();
    long nanos = System.nanoTime() - started;
    long after = usedHeap();
    return new NerEngineLoad(lang, recognizers.engineFor(language).orElse(null), loaded,
        nanos / 1_000_000, after, Math.max(0, after - before));
  }

  /** Predicts and scores every sentence of {@code dataset}. */
  public NerRun run(NerDataset dataset) {
    List<List<String>> predictions = new ArrayList<>(dataset.samples().size());
    Map<String, NerScore> byLanguage = new TreeMap<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    for (NerSample sample : dataset.samples()) {
      List<EntityMention> mentions = tokenization == NerTokenization.GOLD
          ? recognizers.mentions(sample.text(), sample.tokenSpans(), language(sample.lang()))
          : recognizers.mentions(sample.text(), language(sample.lang()));
      List<String> predicted = BioTags.tags(sample, mentions);
      predictions.add(predicted);
      byLanguage.merge(sample.lang(), NerScore.of(sample.tags(), predicted), NerScore::plus);
    }
    long nanos = System.nanoTime() - started;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStarted;
    return new NerRun(dataset, predictions, byLanguage, nanos, cpuNanos);
  }

  private static Language language(String lang) {
    // No script: the dataset does not say, and engines must cope with either (zh: both scripts).
    return new Language(lang, null, 1.0);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
