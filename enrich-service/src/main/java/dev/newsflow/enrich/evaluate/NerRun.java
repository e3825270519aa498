package dev.newsflow.enrich.evaluate;

import java.util.List;
import java.util.Map;

/**
 * The outcome of running the engines over one dataset.
 *
 * @param dataset the input
 * @param predictions predicted IOB2 tags, one list per sentence, in input order
 * @param byLanguage scores per language of the sentences
 * @param nanos wall time spent recognising (engines already loaded)
 * @param cpuNanos CPU time of the recognising thread over the same span
 */
public record NerRun(NerDataset dataset, List<List<String>> predictions, Map<String, NerScore> byLanguage, long nanos,
    long cpuNanos) {
  public NerRun {
    predictions = predictions.stream().map(List::copyOf).toList();
    byLanguage = Map.copyOf(byLanguage);
  }

  /** Scores over the whole dataset. */
  public NerScore score() {
    return byLanguage.values().stream().reduce(NerScore.EMPTY, NerScore::plus);
  }

  /** Sentences recognised per CPU-second (one core): the figure that does not depend on the machine's load. */
  public double sentencesPerCpuSecond() {
    return cpuNanos <= 0 ? 0 : dataset.samples().size() * 1e9 / cpuNanos;
  }

  /** Sentences recognised per second of wall time. */
  public double sentencesPerSecond() {
    return nanos == 0 ? 0 : dataset.samples().size() * 1e9 / nanos;
  }
}
