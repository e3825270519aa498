package dev.newsflow.ingest.evaluate;

/** Adds up page scores into {@link Figures}. Not thread-safe; one per group. */
final class Tally {
  private final String set;
  private final String language;
  private int pages;
  private int failures;
  private int bodyPages;
  private double precisionSum;
  private double recallSum;
  private int snippetPages;
  private int tp;
  private int fn;
  private int fp;
  private int tn;
  private int titles;
  private int titlesCorrect;
  private int days;
  private int daysCorrect;
  private int minutes;
  private int minutesCorrect;
  private long nanos;

  Tally(String set, String language) {
    this.set = set;
    this.language = language;
  }

  void add(PageScore score) {
    pages++;
    if (score.failed()) {
      failures++;
    }
    if (score.tokens() != null) {
      bodyPages++;
      precisionSum += score.tokens().precision();
      recallSum += score.tokens().recall();
    }
    if (score.snippets() != null) {
      snippetPages++;
      tp += score.snippets().truePositives();
      fn += score.snippets().falseNegatives();
      fp += score.snippets().falsePositives();
      tn += score.snippets().trueNegatives();
    }
    if (score.title() != null) {
      titles++;
      titlesCorrect += score.title() ? 1 : 0;
    }
    if (score.day() != null) {
      days++;
      daysCorrect += score.day() ? 1 : 0;
    }
    if (score.minute() != null) {
      minutes++;
      minutesCorrect += score.minute() ? 1 : 0;
    }
    nanos += score.nanos();
  }

  Figures figures() {
    return new Figures(set, language, pages, failures, bodyPages,
        bodyPages == 0 ? 0 : precisionSum / bodyPages,
        bodyPages == 0 ? 0 : recallSum / bodyPages,
        snippetPages, tp, fn, fp, tn, titles, titlesCorrect, days, daysCorrect, minutes,
        minutesCorrect, nanos);
  }
}
