package dev.newsflow.ingest.discover;

/**
 * A feed or sitemap that cannot be read. {@link #reason()} is a stable, machine-readable code;
 * the subclasses give it as an enum for exhaustive switches.
 */
public abstract sealed class DiscoveryException extends Exception permits FeedException, SitemapException {
  private static final long serialVersionUID = 1L;

  DiscoveryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The stable reason code, e.g. {@code malformed-xml}. */
  public abstract String reason();
}
