package dev.newsflow.enrich.evaluate;

/**
 * Entity-level counts, conlleval-style: a predicted entity is a true positive only when a gold
 * entity has exactly its span and type.
 *
 * @param truePositives predicted entities that match a gold entity
 * @param falsePositives predicted entities that match none
 * @param falseNegatives gold entities that were not predicted
 */
public record NerCounts(long truePositives, long falsePositives, long falseNegatives) {
  public static final NerCounts ZERO = new NerCounts(0, 0, 0);

  public NerCounts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  public NerCounts plus(NerCounts other) {
    return new NerCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Gold entities. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  /** Predicted entities. */
  public long predicted() {
    return truePositives + falsePositives;
  }

  /** Percent of predicted entities that are right; 0 when nothing was predicted. */
  public double precision() {
    return percent(truePositives, predicted());
  }

  /** Percent of gold entities found; 0 when there are none. */
  public double recall() {
    return percent(truePositives, gold());
  }

  /** Harmonic mean of precision and recall, in percent; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
