package dev.newsflow.enrich.entities.models;

/** A model could not be fetched into the cache; {@link #reason()} says why, for scripts. */
public final class ModelFetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The repository could not be reached (no network, DNS, connection refused, timeout). */
  public static final String UNREACHABLE = "unreachable";
  /** The repository answered 404 for the jar. */
  public static final String NOT_FOUND = "not-found";
  /** The repository answered another unexpected HTTP status. */
  public static final String HTTP_STATUS = "http-status";
  /** The jar is not a zip archive this reader understands (no end record, zip64, bad headers). */
  public static final String NOT_A_ZIP = "not-a-zip";
  /** The jar has no entry with the model's path. */
  public static final String NO_SUCH_ENTRY = "no-such-entry";
  /** The entry's bytes do not inflate to the recorded size and CRC (truncated or corrupt). */
  public static final String CORRUPT = "corrupt";
  /** The entry (or a response) is bigger than this reader accepts. */
  public static final String TOO_LARGE = "too-large";
  /** The cache directory could not be written. */
  public static final String CACHE_IO = "cache-io";

  private final String reason;

  public ModelFetchException(String reason, String message) {
    this(reason, message, null);
  }

  public ModelFetchException(String reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  /** A machine-readable code: one of the constants of this class. */
  public String reason() {
    return reason;
  }
}
