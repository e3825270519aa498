package dev.newsflow.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A fetch that failed. {@link #reason()} is a stable, machine-readable code (the same strings go
 * into dead letters and metrics); the message is for humans.
 */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a fetch failed. */
  public enum Reason {
    /** The server answered with a status that is neither success, redirect nor 304. */
    HTTP_STATUS("http-status"),
    /** The body, as received or as decoded, is larger than allowed. */
    TOO_LARGE("too-large"),
    /** The fetch did not complete within the total time allowed. */
    TIMEOUT("timeout"),
    /** The host resolves to an address the {@link AddressPolicy} refuses. */
    ADDRESS_REFUSED("address-refused"),
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS("too-many-redirects"),
    /** A redirect leads back to a URL already visited in this fetch. */
    REDIRECT_LOOP("redirect-loop"),
    /** The URL (or a redirect's Location) is not a usable absolute URL. */
    BAD_URL("bad-url"),
    /** The scheme is not http or https. */
    UNSUPPORTED_SCHEME("unsupported-scheme"),
    /** A redirect leads to a URL the host's robots.txt disallows. */
    ROBOTS_DISALLOWED("robots-disallowed"),
    /** The body uses a Content-Encoding we neither asked for nor can decode. */
    UNSUPPORTED_ENCODING("unsupported-encoding"),
    /** Any other network or protocol failure. */
    IO("io");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code, e.g. {@code too-large}. */
    public String code() {
      return code;
    }
  }

  private final Reason kind;
  private final URI url;
  private final int status;
  private final Duration retryAfter;

  /** A failure of kind {@code kind} while fetching {@code url} (or following it). */
  public FetchException(Reason kind, URI url, String message) {
    this(kind, url, 0, message, null);
  }

  /** As {@link #FetchException(Reason, URI, String)}, with its cause. */
  public FetchException(Reason kind, URI url, String message, Throwable cause) {
    this(kind, url, 0, message, cause);
  }

  FetchException(Reason kind, URI url, int status, String message, Throwable cause) {
    this(kind, url, status, null, message, cause);
  }

  FetchException(Reason kind, URI url, int status, Duration retryAfter, String message, Throwable cause) {
    super(message + (url == null ? "" : " [" + url + "]"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.url = url;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** The stable reason code, e.g. {@code http-status} or {@code address-refused}. */
  public String reason() {
    return kind.code();
  }

  /** The reason as an enum, for exhaustive switches. */
  public Reason kind() {
    return kind;
  }

  /** The URL being fetched when it failed (after redirects, the hop that failed); may be null. */
  public URI url() {
    return url;
  }

  /**
   * How long the server asked us to wait before trying again (its {@code Retry-After} header,
   * usually with 429 or 503), or null when it did not say.
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The HTTP status for {@code http-status} failures; 0 otherwise. */
  public int status() {
    return status;
  }
}
