package dev.newsflow.ingest.evaluate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Snippet counts of one page, as the trafilatura benchmark counts them: after collapsing runs of
 * whitespace to one space in both, a {@code with} snippet contained in the text is a true positive
 * (else a false negative) and a {@code without} snippet contained in it a false positive (else a
 * true negative).
 */
record SnippetMatch(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  static SnippetMatch of(String extracted, List<String> with, List<String> without) {
    String text = collapse(extracted);
    int tp = 0;
    int fn = 0;
    for (String snippet : with) {
      if (text.contains(collapse(snippet))) {
        tp++;
      } else {
        fn++;
      }
    }
    int fp = 0;
    int tn = 0;
    for (String snippet : without) {
      if (text.contains(collapse(snippet))) {
        fp++;
      } else {
        tn++;
      }
    }
    return new SnippetMatch(tp, fn, fp, tn);
  }

  static String collapse(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }
}
