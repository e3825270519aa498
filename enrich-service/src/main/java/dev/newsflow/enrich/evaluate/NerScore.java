package dev.newsflow.enrich.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level counts per type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}) over some
 * sentences. Scores add up, so one per file can be summed per language and overall.
 *
 * @param byType counts per entity type, only types seen in gold or prediction
 */
public record NerScore(Map<String, NerCounts> byType) {
  public static final NerScore EMPTY = new NerScore(Map.of());

  /** The type left out of {@link #withoutMisc()}. */
  public static final String MISC = "MISC";

  public NerScore {
    byType = Map.copyOf(byType);
  }

  /**
   * The score of one sentence.
   *
   * @param gold gold IOB2 tags
   * @param predicted predicted IOB2 tags, same length
   */
  public static NerScore of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
    }
    Set<BioTags.Span> goldSpans = new HashSet<>(BioTags.spans(gold));
    Set<BioTags.Span> predictedSpans = new HashSet<>(BioTags.spans(predicted));
    Map<String, NerCounts> counts = new TreeMap<>();
    for (BioTags.Span span : predictedSpans) {
      NerCounts one = goldSpans.contains(span) ? new NerCounts(1, 0, 0) : new NerCounts(0, 1, 0);
      counts.merge(span.type(), one, NerCounts::plus);
    }
    for (BioTags.Span span : goldSpans) {
      if (!predictedSpans.contains(span)) {
        counts.merge(span.type(), new NerCounts(0, 0, 1), NerCounts::plus);
      }
    }
    return new NerScore(counts);
  }

  public NerScore plus(NerScore other) {
    Map<String, NerCounts> sum = new TreeMap<>(byType);
    other.byType.forEach((type, counts) -> sum.merge(type, counts, NerCounts::plus));
    return new NerScore(sum);
  }

  /** Counts over all types. */
  public NerCounts total() {
    return byType.values().stream().reduce(NerCounts.ZERO, NerCounts::plus);
  }

  /**
   * Counts with MISC removed from gold and prediction: with exact-match scoring that is the sum
   * over the other types. The figure to compare across sets and engines without MISC.
   */
  public NerCounts withoutMisc() {
    return byType.entrySet().stream()
        .filter(e -> !e.getKey().equals(MISC))
        .map(Map.Entry::getValue)
        .reduce(NerCounts.ZERO, NerCounts::plus);
  }

  /** Counts for one type; zero when the type was never seen. */
  public NerCounts of(String type) {
    return byType.getOrDefault(type, NerCounts.ZERO);
  }

  /** Types seen, in name order. */
  public List<String> types() {
    return byType.keySet().stream().sorted().toList();
  }
}
