package dev.newsflow.enrich.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tallies a detector's answers against gold labels and computes the figures of a {@link
 * LangIdReport}: right and wrong per length bucket, per kind and per language, and macro accuracy
 * (the mean of the per-language accuracies, so that every language weighs the same).
 *
 * <p>Only the language is compared (see {@link LanguageCodes}); no answer ({@code und}) is wrong.
 * Not thread-safe.
 */
public final class LangIdScorer {
  /** Buckets are reported in this order, from hardest to easiest. */
  public static final List<String> BUCKET_ORDER = List.of("short", "sentence", "paragraph");

  private static final int CONFUSIONS_REPORTED = 25;

  private final Set<String> supported;
  private final Map<String, Map<String, int[]>> byBucket = new HashMap<>();
  private final Map<String, Map<String, int[]>> byKind = new HashMap<>();
  private final Map<String, Integer> confusions = new HashMap<>();

  /**
   * @param supported the languages the detector can output (ISO 639-1); gold languages outside it
   *     count in the "all languages" figures only; empty when the detector does not say, and
   *     then every gold language counts as supported
   */
  public LangIdScorer(Set<String> supported) {
    this.supported = supported.stream()
        .map(LanguageCodes::comparable)
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Records the answer {@code predictedTag} (a BCP 47 tag, {@code und} or null) for {@code sample}. */
  public void add(LangIdSample sample, String predictedTag) {
    String predicted = LanguageCodes.comparable(predictedTag);
    boolean right = sample.lang().equals(predicted);
    tally(byBucket, sample.bucket(), sample.lang(), right);
    tally(byKind, sample.kind(), sample.lang(), right);
    if (!right) {
      confusions.merge(sample.lang() + "\t" + (predicted == null ? "und" : predicted), 1, Integer::sum);
    }
  }

  private static void tally(Map<String, Map<String, int[]>> groups, String group, String lang, boolean right) {
    int[] counts = groups.computeIfAbsent(group, g -> new HashMap<>()).computeIfAbsent(lang, l -> new int[2]);
    counts[0]++;
    if (right) {
      counts[1]++;
    }
  }

  /** The figures for everything added so far. */
  public LangIdReport report() {
    Set<String> languages = new TreeSet<>();
    byBucket.values().forEach(m -> languages.addAll(m.keySet()));
    Set<String> supportedHere = new TreeSet<>(languages);
    if (!supported.isEmpty()) {
      supportedHere.retainAll(supported);
    }
    List<LangIdReport.Confusion> top = confusions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CONFUSIONS_REPORTED)
        .map(e -> {
          String[] pair = e.getKey().split("\t");
          return new LangIdReport.Confusion(pair[0], pair[1], e.getValue());
        })
        .toList();
    return new LangIdReport(
        List.copyOf(languages), supportedHere, scores(byBucket, true, supportedHere), scores(byKind, false, supportedHere), top);
  }

  private static List<LangIdReport.GroupScore> scores(
      Map<String, Map<String, int[]>> groups, boolean bucketOrder, Set<String> supported) {
    List<String> names = new ArrayList<>(groups.keySet());
    Comparator<String> byName = Comparator.naturalOrder();
    names.sort(bucketOrder
        ? Comparator.<String>comparingInt(n -> BUCKET_ORDER.contains(n) ? BUCKET_ORDER.indexOf(n) : BUCKET_ORDER.size())
            .thenComparing(byName)
        : byName);
    List<LangIdReport.GroupScore> scores = new ArrayList<>();
    for (String name : names) {
      Map<String, LangIdReport.Tally> tallies = new TreeMap<>();
      groups.get(name).forEach((lang, c) -> tallies.put(lang, new LangIdReport.Tally(c[0], c[1])));
      int texts = tallies.values().stream().mapToInt(LangIdReport.Tally::texts).sum();
      int correct = tallies.values().stream().mapToInt(LangIdReport.Tally::correct).sum();
      double macroAll = tallies.values().stream().mapToDouble(LangIdReport.Tally::accuracy).average().orElse(Double.NaN);
      double macroSupported = tallies.entrySet().stream()
          .filter(e -> supported.contains(e.getKey()))
          .mapToDouble(e -> e.getValue().accuracy())
          .average()
          .orElse(Double.NaN);
      scores.add(new LangIdReport.GroupScore(name, texts, correct, macroSupported, macroAll, tallies));
    }
    return scores;
  }
}
