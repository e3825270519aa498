package dev.newsflow.ingest.evaluate;

import java.util.Objects;

/**
 * The scores of one group of pages (a dataset, or one language of it).
 *
 * <p>Pages with full-text truth give token figures: bag-of-tokens precision and recall per page,
 * averaged over pages, and the F1 of the two means. Pages with snippet truth give snippet figures:
 * counts summed over pages. A page that threw counts as empty output in both.
 *
 * @param set the dataset's folder name
 * @param language the language code, or {@link #ALL_LANGUAGES} for the whole set
 * @param pages pages scored
 * @param failures pages whose extraction threw
 * @param bodyPages pages with full-text truth
 * @param tokenPrecision mean per-page token precision over {@code bodyPages}
 * @param tokenRecall mean per-page token recall over {@code bodyPages}
 * @param snippetPages pages with snippet truth
 * @param truePositives {@code with} snippets found
 * @param falseNegatives {@code with} snippets missed
 * @param falsePositives {@code without} snippets found
 * @param trueNegatives {@code without} snippets not found
 * @param titles pages whose truth has a title
 * @param titlesCorrect of those, pages whose extracted title equals it (whitespace normalised)
 * @param days pages whose truth has a publication day
 * @param daysCorrect of those, pages whose extracted publication time falls on that day
 * @param minutes pages whose truth has a publication time to the minute
 * @param minutesCorrect of those, pages whose extracted time shows the same local minute
 * @param extractionNanos time spent decoding and extracting, on one thread
 */
public record Figures(
    String set,
    String language,
    int pages,
    int failures,
    int bodyPages,
    double tokenPrecision,
    double tokenRecall,
    int snippetPages,
    int truePositives,
    int falseNegatives,
    int falsePositives,
    int trueNegatives,
    int titles,
    int titlesCorrect,
    int days,
    int daysCorrect,
    int minutes,
    int minutesCorrect,
    long extractionNanos) {

  /** The {@link #language()} of a whole set's figures. */
  public static final String ALL_LANGUAGES = "all";

  public Figures {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(language, "language");
    if (pages < 0 || failures < 0 || failures > pages) {
      throw new IllegalArgumentException("bad page counts: " + pages + " pages, " + failures + " failures");
    }
  }

  /** F1 of the mean token precision and recall; 0 without full-text pages. */
  public double tokenF1() {
    return f1(tokenPrecision, tokenRecall);
  }

  /** tp / (tp + fp) over snippets; 0 when nothing was found. */
  public double snippetPrecision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** tp / (tp + fn) over snippets. */
  public double snippetRecall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double snippetF1() {
    return f1(snippetPrecision(), snippetRecall());
  }

  /** (tp + tn) / all snippets. */
  public double snippetAccuracy() {
    return ratio(truePositives + trueNegatives,
        truePositives + trueNegatives + falsePositives + falseNegatives);
  }

  public double titleAccuracy() {
    return ratio(titlesCorrect, titles);
  }

  public double dayAccuracy() {
    return ratio(daysCorrect, days);
  }

  public double minuteAccuracy() {
    return ratio(minutesCorrect, minutes);
  }

  /** Pages decoded and extracted per second on one thread; 0 when nothing was timed. */
  public double pagesPerSecond() {
    return extractionNanos == 0 ? 0 : pages / (extractionNanos / 1e9);
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
