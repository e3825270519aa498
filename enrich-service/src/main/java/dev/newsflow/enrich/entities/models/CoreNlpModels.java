package dev.newsflow.enrich.entities.models;

import java.util.List;
import java.util.Optional;

/**
 * The Stanford CoreNLP named-entity models used per language, all from CoreNLP {@value #VERSION}
 * on Maven Central. Each is one file of a jar of 200-475 MB; only that file is fetched.
 */
public final class CoreNlpModels {
  /** The CoreNLP release the models (and the code dependency) come from. */
  public static final String VERSION = "4.5.10";

  private static final String BASE = "edu/stanford/nlp/stanford-corenlp/" + VERSION + "/stanford-corenlp-" + VERSION;
  private static final String NER = "edu/stanford/nlp/models/ner/";

  /**
   * English {@code conll.4class}, used next to the English model only for what that one lacks:
   * misc entities (events, products, nationalities). In the same jar as the English model.
   */
  public static final ModelSpec ENGLISH_MISC = spec("en", "-models.jar", "english.conll.4class.distsim.crf.ser.gz");

  private static final List<ModelSpec> ALL = List.of(
      // the cased English models are in the default models jar; models-english holds caseless ones
      spec("en", "-models.jar", "english.all.3class.distsim.crf.ser.gz"),
      spec("de", "-models-german.jar", "german.distsim.crf.ser.gz"),
      spec("fr", "-models-french.jar", "french-wikiner-4class.crf.ser.gz"),
      spec("es", "-models-spanish.jar", "spanish.ancora.distsim.s512.crf.ser.gz"),
      ENGLISH_MISC);

  private CoreNlpModels() {}

  /** Every model, in a fixed order (en, de, fr, es, then English misc). */
  public static List<ModelSpec> all() {
    return ALL;
  }

  /**
   * The main model for {@code language} (ISO 639-1), if CoreNLP has one that is used here (for
   * English not {@link #ENGLISH_MISC}, which only adds to it).
   */
  public static Optional<ModelSpec> forLanguage(String language) {
    return ALL.stream().filter(m -> m.language().equals(language)).findFirst();
  }

  private static ModelSpec spec(String language, String jarSuffix, String file) {
    return new ModelSpec(language, BASE + jarSuffix, NER + file, "corenlp-" + VERSION + "/" + file);
  }
}
