package dev.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Puts back together tokens that CoreNLP's tokenizers split where the models' training data has
 * one token, so that the CRF sees what it was trained on. Each repair keeps the tokens' offsets
 * pointing into the text as given.
 */
final class TokenRepairs {
  private TokenRepairs() {}

  /**
   * German abbreviations the English-made tokenizer splits ("bzw." to "bzw" "."): a word of one
   * to three letters, or a lower-case word of up to five, right before a period that is not the
   * text's last token.
   */
  static List<CoreLabel> joinAbbreviations(String text, List<CoreLabel> tokens) {
    return joinPeriods(text, tokens, (token, next) -> token.word().matches("\\p{L}{1,3}|\\p{Ll}{1,5}"));
  }

  /**
   * German ordinals ("8. Jahrhundert", "am 15. Mai"), which the tokenizer splits into number and
   * period: a number of one to three digits right before a period that another token follows on
   * the same line. German text writes every ordinal so and the German models' training data keeps
   * them whole; a sentence that ends in a short bare number is rare by comparison.
   */
  static List<CoreLabel> joinOrdinals(String text, List<CoreLabel> tokens) {
    return joinPeriods(text, tokens, (token, next) -> token.word().matches("\\d{1,3}")
        && !text.substring(token.endPosition(), next.beginPosition()).contains("\n"));
  }

  /**
   * German genitive apostrophes after names ending in an s sound ("Thutmosis' Tempel", "Smith'
   * Tod"), which the tokenizer splits off as a closing quote: an apostrophe right after a word
   * ending in s, ß, x or z and not followed by a letter, unless a single quote opened earlier on
   * the line is still open (then it closes that quote).
   */
  static List<CoreLabel> joinGenitiveApostrophes(String text, List<CoreLabel> tokens) {
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    boolean quoteOpen = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      CoreLabel last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && text.substring(last.endPosition(), token.beginPosition()).contains("\n")) {
        quoteOpen = false;
      }
      if (!isApostrophe(token)) {
        joined.add(token);
        continue;
      }
      boolean attached = last != null && last.endPosition() == token.beginPosition();
      boolean beforeLetter = token.endPosition() < text.length() && Character.isLetter(text.charAt(token.endPosition()));
      if (attached && !beforeLetter) {
        if (!quoteOpen && last.word().matches(".*\\p{L}")) {
          extend(text, last, token);
          continue;
        }
        quoteOpen = false;
      } else if (!attached && beforeLetter) {
        quoteOpen = true;
      }
      joined.add(token);
    }
    return joined;
  }

  private static boolean isApostrophe(CoreLabel token) {
    String original = token.originalText() == null ? token.word() : token.originalText();
    return original.equals("'") || original.equals("’");
  }

  /**
   * Runs of periods ("..", "....."), which the English tokenizer cuts into single periods or an
   * ellipsis and a period, as one token: informal text uses them as one punctuation mark, and a
   * lone period in the middle of a line makes the model start a new sentence there.
   */
  static List<CoreLabel> joinDotRuns(String text, List<CoreLabel> tokens) {
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      CoreLabel last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && dots(last) && dots(token) && last.endPosition() == token.beginPosition()) {
        extend(text, last, token);
      } else {
        joined.add(token);
      }
    }
    return joined;
  }

  private static boolean dots(CoreLabel token) {
    return token.word().matches("\\.+|…");
  }

  /**
   * Joins a token and the period right after it when {@code joins} says so, except at the end of
   * the text, where the period ends the last sentence.
   */
  private static List<CoreLabel> joinPeriods(String text, List<CoreLabel> tokens,
      BiPredicate<CoreLabel, CoreLabel> joins) {
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (i + 2 < tokens.size() && tokens.get(i + 1).word().equals(".")
          && tokens.get(i + 1).beginPosition() == token.endPosition()
          && joins.test(token, tokens.get(i + 2))) {
        extend(text, token, tokens.get(i + 1));
        i++;
      }
      joined.add(token);
    }
    return joined;
  }

  /** Makes {@code token} also cover {@code next}, which must follow it directly in {@code text}. */
  private static void extend(String text, CoreLabel token, CoreLabel next) {
    String original = text.substring(token.beginPosition(), next.endPosition());
    token.setWord(original);
    token.setValue(original);
    token.setOriginalText(original);
    token.setEndPosition(next.endPosition());
  }
}
