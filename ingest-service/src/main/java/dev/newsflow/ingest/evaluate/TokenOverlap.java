package dev.newsflow.ingest.evaluate;

import java.util.Map;

/**
 * Bag-of-tokens precision and recall of one page: the tokens the extracted text and the truth
 * have in common (each counted as often as it occurs in both), over the extracted text's tokens
 * and over the truth's tokens.
 *
 * <p>Empty output (a crash, or nothing found) has precision 0 and recall 0 when the truth has
 * tokens: finding nothing is not precise. Output against an empty truth has recall 1.
 *
 * @param precision shared tokens over extracted tokens
 * @param recall shared tokens over truth tokens
 */
record TokenOverlap(double precision, double recall) {

  static TokenOverlap of(String extracted, String truth) {
    Map<String, Integer> got = Tokens.bag(extracted);
    Map<String, Integer> want = Tokens.bag(truth);
    long gotCount = total(got);
    long wantCount = total(want);
    if (gotCount == 0 && wantCount == 0) {
      return new TokenOverlap(1, 1);
    }
    long shared = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      Integer other = want.get(e.getKey());
      if (other != null) {
        shared += Math.min(e.getValue(), other);
      }
    }
    double precision = gotCount == 0 ? 0 : (double) shared / gotCount;
    double recall = wantCount == 0 ? 1 : (double) shared / wantCount;
    return new TokenOverlap(precision, recall);
  }

  private static long total(Map<String, Integer> bag) {
    long n = 0;
    for (int count : bag.values()) {
      n += count;
    }
    return n;
  }
}
