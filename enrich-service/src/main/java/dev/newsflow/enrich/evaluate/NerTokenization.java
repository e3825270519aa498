package dev.newsflow.enrich.evaluate;

/**
 * Which words the engines label when {@link NerEvaluator} scores them: the evaluation set's or
 * their own.
 */
public enum NerTokenization {
  /**
   * The gold tokens, given to the engine as they are ({@link
   * dev.newsflow.enrich.entities.EntityRecognizer#recognize(String, java.util.List,
   * dev.newsflow.common.article.Language)}): how conlleval scores a tagger and how the sets'
   * CoreNLP baselines were run (whitespace tokenisation of the space-joined tokens). Measures the
   * tagger; comparable with the baselines. Engines that segment words themselves (Chinese) still do.
   */
  GOLD("gold tokens (tagger on the set's tokenisation, as conlleval and the baselines)"),

  /**
   * The space-joined sentence through the product's own tokenizer, as an article's text would go:
   * measures tokenizer and tagger together, but on text no article looks like (spaces between
   * every token), and any boundary the tokenizer draws differently from the gold costs an entity
   * even when the tagger was right.
   */
  OWN("own tokenizer (space-joined sentence through the product's tokenizer)");

  private final String description;

  NerTokenization(String description) {
    this.description = description;
  }

  /** One line for a report's header. */
  public String description() {
    return description;
  }
}
