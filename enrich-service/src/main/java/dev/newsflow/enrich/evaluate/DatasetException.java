package dev.newsflow.enrich.evaluate;

/** A dataset file that cannot be read as a language-identification set. */
public final class DatasetException extends RuntimeException {
  /** Why the file was rejected, for machines. */
  public enum Reason {
    /** The file could not be opened or read (missing, not gzip although named so, ...). */
    UNREADABLE,
    /** A line is not a JSON object. */
    MALFORMED_LINE,
    /** A line lacks {@code text}, {@code lang} or {@code bucket}, or one of them is not a string. */
    MISSING_FIELD
  }

  private final Reason reason;
  private final long line;

  DatasetException(Reason reason, long line, String message, Throwable cause) {
    super(reason + (line > 0 ? " at line " + line : "") + ": " + message, cause);
    this.reason = reason;
    this.line = line;
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
  public long line() {
    return line;
  }
}
