package dev.newsflow.ingest.discover;

import java.util.Objects;

/** A feed that cannot be read. {@link #reason()} is a stable, machine-readable code. */
public final class FeedException extends DiscoveryException {
  private static final long serialVersionUID = 1L;

  /** Why a feed could not be read. */
  public enum Reason {
    /** Larger than the parser's limit. */
    TOO_LARGE("too-large"),
    /** Not well-formed XML (truncated, undeclared entities, bad bytes for its encoding...). */
    MALFORMED_XML("malformed-xml"),
    /** Looked like JSON but is not valid JSON. */
    MALFORMED_JSON("malformed-json"),
    /** Well-formed, but neither RSS, RDF, Atom nor JSON Feed (an HTML page, say). */
    NOT_A_FEED("not-a-feed"),
    /** Reading the input failed. */
    IO("io");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code, e.g. {@code malformed-xml}. */
    public String code() {
      return code;
    }
  }

  private final Reason kind;

  FeedException(Reason kind, String message) {
    this(kind, message, null);
  }

  FeedException(Reason kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String reason() {
    return kind.code();
  }

  /** The reason as an enum, for exhaustive switches. */
  public Reason kind() {
    return kind;
  }
}
