package dev.newsflow.ingest.extract;

import java.util.Objects;
import java.util.Set;

/**
 * A page that holds no article newsflow can extract. {@link #reason()} is a stable,
 * machine-readable code for dead-letter records and metrics.
 */
public final class ExtractionException extends Exception {
  /** The body is empty or only whitespace. */
  public static final String EMPTY = "empty";
  /**
   * The body given to {@link ArticleExtractor} is not an HTML page (binary, an image, a PDF, ...).
   * Files that reach {@code ArticleAssembler} go to {@link DocumentExtractor} instead, which reads
   * PDF, DOC and DOCX and refuses the rest as {@link #UNSUPPORTED_TYPE}.
   */
  public static final String NOT_HTML = "not-html";
  /** The page is HTML but no main text was found (navigation only, an index page, ...). */
  public static final String NO_CONTENT = "no-content";
  /** The extractor itself failed on this input; a bug, kept as a fixture when seen. */
  public static final String EXTRACTOR_FAILURE = "extractor-failure";
  /**
   * A binary file that is not a document newsflow reads (an image, an archive, an unknown stream
   * of bytes, a spreadsheet): only HTML, PDF, DOC and DOCX are articles.
   */
  public static final String UNSUPPORTED_TYPE = "unsupported-type";
  /** A PDF, DOC or DOCX that cannot be read: truncated, malformed, or its parse ran too long. */
  public static final String BAD_DOCUMENT = "bad-document";
  /** A PDF, DOC or DOCX that needs a password. */
  public static final String ENCRYPTED_DOCUMENT = "encrypted-document";
  /** A document larger than the extractor reads. */
  public static final String TOO_LARGE = "too-large";

  /** Every reason code. */
  public static final Set<String> REASONS = Set.of(EMPTY, NOT_HTML, NO_CONTENT, EXTRACTOR_FAILURE,
      UNSUPPORTED_TYPE, BAD_DOCUMENT, ENCRYPTED_DOCUMENT, TOO_LARGE);

  private final String reason;

  public ExtractionException(String reason, String message) {
    this(reason, message, null);
  }

  public ExtractionException(String reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    if (!REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown reason code: " + reason);
    }
  }

  /** One of {@link #REASONS}. */
  public String reason() {
    return reason;
  }
}
