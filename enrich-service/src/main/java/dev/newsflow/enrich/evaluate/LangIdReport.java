package dev.newsflow.enrich.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Accuracy of a language detector on a labelled set.
 *
 * @param languages every gold language of the set, sorted
 * @param supported those of them the detector can output
 * @param buckets one score per length bucket, in the order of {@link LangIdScorer#BUCKET_ORDER}
 *     (other buckets after them by name)
 * @param kinds the same per finer kind ({@code word}, {@code pair}, ...)
 * @param confusions the most frequent mistakes, most frequent first
 */
public record LangIdReport(
    List<String> languages,
    Set<String> supported,
    List<GroupScore> buckets,
    List<GroupScore> kinds,
    List<Confusion> confusions) {

  public LangIdReport {
    languages = List.copyOf(languages);
    supported = Set.copyOf(supported);
    buckets = List.copyOf(buckets);
    kinds = List.copyOf(kinds);
    confusions = List.copyOf(confusions);
  }

  /** The score of bucket {@code name}, if the set has it. */
  public java.util.Optional<GroupScore> bucket(String name) {
    return buckets.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /**
   * Scores of one group of texts (a bucket or a kind). Accuracies are fractions in [0, 1].
   *
   * @param name the bucket or kind
   * @param texts texts in the group
   * @param correct texts whose language was told right
   * @param macroSupported mean of the per-language accuracies over the languages the detector
   *     supports (NaN when it supports none of the group's)
   * @param macroAll the same over every language of the group, unsupported ones scoring 0
   * @param byLanguage texts and right answers per gold language
   */
  public record GroupScore(
      String name, int texts, int correct, double macroSupported, double macroAll,
      Map<String, Tally> byLanguage) {
    public GroupScore {
      Objects.requireNonNull(name, "name");
      byLanguage = Map.copyOf(byLanguage);
    }

    /** Share of all the group's texts told right. */
    public double micro() {
      return texts == 0 ? Double.NaN : (double) correct / texts;
    }
  }

  /** Texts of one language in one group, and how many were told right. */
  public record Tally(int texts, int correct) {
    public Tally {
      if (texts < 0 || correct < 0 || correct > texts) {
        throw new IllegalArgumentException("need 0 <= correct <= texts, was " + correct + "/" + texts);
      }
    }

    public double accuracy() {
      return texts == 0 ? Double.NaN : (double) correct / texts;
    }
  }

  /** {@code count} texts of language {@code gold} were given {@code predicted} ({@code und} for none). */
  public record Confusion(String gold, String predicted, int count) {}
}
