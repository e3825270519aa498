package dev.newsflow.langid;

/** The n-gram model could not be loaded; {@link #reason()} says why in a machine-readable way. */
public final class NgramModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why loading failed. */
  public enum Reason {
    /** The model resource is not on the class path (the build did not generate it). */
    MISSING,
    /** The bytes do not start like a model of this format. */
    NOT_A_MODEL,
    /** A model of another format version. */
    UNSUPPORTED_VERSION,
    /** The model ends early or its numbers do not fit together. */
    CORRUPT
  }

  private final Reason reason;

  NgramModelException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  NgramModelException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
