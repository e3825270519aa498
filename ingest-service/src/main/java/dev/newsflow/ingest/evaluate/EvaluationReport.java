package dev.newsflow.ingest.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * The figures of an evaluation run.
 *
 * @param sets one entry per dataset, all languages together, in the order evaluated
 * @param languages per dataset, one entry per language, most pages first
 */
public record EvaluationReport(List<Figures> sets, List<Figures> languages) {

  public EvaluationReport {
    sets = List.copyOf(sets);
    languages = List.copyOf(languages);
  }

  /** The whole-set figures of {@code set}. */
  public Figures set(String set) {
    return sets.stream().filter(f -> f.set().equals(set)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no set " + set + " in this report"));
  }

  /**
   * A plain-text table: one row per set and per language of each set. P, R and F1 are token
   * figures (means over pages) for full-text truth and snippet figures (summed counts) for
   * snippet truth, as the {@code score} column says.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-16s %-5s %-8s %6s %5s %6s %6s %6s %6s %6s %6s %6s %8s%n",
        "set", "lang", "score", "pages", "fail", "P", "R", "F1", "acc", "title", "day", "minute",
        "pages/s"));
    for (Figures set : sets) {
      row(out, set);
      for (Figures language : languages) {
        if (language.set().equals(set.set())) {
          row(out, language);
        }
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, Figures f) {
    if (f.bodyPages() > 0) {
      line(out, f, "tokens", f.tokenPrecision(), f.tokenRecall(), f.tokenF1(), Double.NaN);
    }
    if (f.snippetPages() > 0) {
      line(out, f, "snippets", f.snippetPrecision(), f.snippetRecall(), f.snippetF1(),
          f.snippetAccuracy());
    }
    if (f.bodyPages() == 0 && f.snippetPages() == 0) {
      line(out, f, "-", Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
  }

  private static void line(StringBuilder out, Figures f, String score, double p, double r, double f1,
      double accuracy) {
    out.append(String.format(Locale.ROOT, "%-16s %-5s %-8s %6d %5d %6s %6s %6s %6s %6s %6s %6s %8.1f%n",
        f.set(), f.language(), score, f.pages(), f.failures(), num(p), num(r), num(f1), num(accuracy),
        f.titles() == 0 ? "-" : num(f.titleAccuracy()),
        f.days() == 0 ? "-" : num(f.dayAccuracy()),
        f.minutes() == 0 ? "-" : num(f.minuteAccuracy()),
        f.pagesPerSecond()));
  }

  private static String num(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
