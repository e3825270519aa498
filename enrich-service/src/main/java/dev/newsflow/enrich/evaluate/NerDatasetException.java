package dev.newsflow.enrich.evaluate;

/**
 * A NER evaluation file that does not follow the format; {@link #reason()} says how, for scripts.
 */
public final class NerDatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A line is not a JSON object, or a field has the wrong JSON type. */
  public static final String BAD_JSON = "bad-json";
  /** {@code lang}, {@code tokens} or {@code tags} is missing. */
  public static final String MISSING_FIELD = "missing-field";
  /** {@code lang} is not a two-letter code. */
  public static final String BAD_LANGUAGE = "bad-language";
  /** {@code tokens} and {@code tags} differ in length. */
  public static final String LENGTH_MISMATCH = "length-mismatch";
  /** A tag is not {@code O}, {@code B-X} or {@code I-X} for X in PER, ORG, LOC, MISC. */
  public static final String BAD_TAG = "bad-tag";
  /** A token is the empty string. */
  public static final String EMPTY_TOKEN = "empty-token";
  /** The path is neither a {@code .jsonl} file nor a directory holding some, or cannot be read. */
  public static final String UNREADABLE = "unreadable";

  private final String reason;

  public NerDatasetException(String reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  /** A machine-readable code: one of the constants of this class. */
  public String reason() {
    return reason;
  }
}
