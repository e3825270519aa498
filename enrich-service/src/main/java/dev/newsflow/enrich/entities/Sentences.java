package dev.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Pieces of a tokenised text for the CRF models: lines (news paragraphs), and lines longer than
 * {@value #LONG_LINE} tokens also at sentence-final punctuation.
 *
 * <p>Why not always sentences: the CRF's features look only a few tokens around each word, so a
 * paragraph labels as well as its sentences do, while splitting at every period also splits at
 * abbreviations and German ordinals the tokenizer does not know ("15. Mai"); on GermEval that cost
 * 0.7 points of F1. Long lines are split anyway to bound the work per sequence.
 */
final class Sentences {
  static final int LONG_LINE = 250;

  private Sentences() {}

  /**
   * @param text the text the tokens' offsets point into
   * @param ordinals whether "number ." is an ordinal rather than a sentence end (German "15. Mai",
   *     which the tokenizer splits into two tokens), for long lines
   */
  static List<List<CoreLabel>> split(String text, List<CoreLabel> tokens, boolean ordinals) {
    List<List<CoreLabel>> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i == tokens.size() - 1 || lineBreakAfter(text, tokens, i)) {
        List<CoreLabel> line = tokens.subList(from, i + 1);
        pieces.addAll(line.size() > LONG_LINE ? sentences(line, ordinals) : List.of(line));
        from = i + 1;
      }
    }
    return pieces;
  }

  private static List<List<CoreLabel>> sentences(List<CoreLabel> tokens, boolean ordinals) {
    List<List<CoreLabel>> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i == tokens.size() - 1 || endsSentence(tokens, i, ordinals)) {
        sentences.add(tokens.subList(from, i + 1));
        from = i + 1;
      }
    }
    return sentences;
  }

  private static boolean endsSentence(List<CoreLabel> tokens, int i, boolean ordinals) {
    String word = tokens.get(i).word();
    if (!word.matches("[.!?…]+|\\.\\.\\.")) {
      return false;
    }
    return !(ordinals && word.equals(".") && i > 0 && tokens.get(i - 1).word().matches("\\d{1,4}"));
  }

  private static boolean lineBreakAfter(String text, List<CoreLabel> tokens, int i) {
    int gapStart = tokens.get(i).endPosition();
    int gapEnd = tokens.get(i + 1).beginPosition();
    return gapStart >= 0 && gapEnd <= text.length() && gapStart < gapEnd && text.substring(gapStart, gapEnd).indexOf('\n') >= 0;
  }
}
