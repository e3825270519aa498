package dev.newsflow.ingest.discover;

import java.util.Objects;

/** A sitemap that cannot be read. {@link #reason()} is a stable, machine-readable code. */
public final class SitemapException extends DiscoveryException {
  private static final long serialVersionUID = 1L;

  /** Why a sitemap could not be read. */
  public enum Reason {
    /** Larger than the limit (50 MB uncompressed by the sitemaps protocol), before or after gunzip. */
    TOO_LARGE("too-large"),
    /** More entries than the limit (50,000 by the sitemaps protocol). */
    TOO_MANY_URLS("too-many-urls"),
    /** Starts like gzip but does not decompress. */
    BAD_GZIP("bad-gzip"),
    /** Not well-formed XML (truncated, undeclared entities, binary ...). */
    MALFORMED_XML("malformed-xml"),
    /** Well-formed, but neither {@code <urlset>} nor {@code <sitemapindex>} (a feed, an HTML page ...). */
    NOT_A_SITEMAP("not-a-sitemap"),
    /** Reading the input failed. */
    IO("io");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code, e.g. {@code too-many-urls}. */
    public String code() {
      return code;
    }
  }

  private final Reason kind;

  SitemapException(Reason kind, String message) {
    this(kind, message, null);
  }

  SitemapException(Reason kind, String message, Throwable cause) {
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
