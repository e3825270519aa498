package dev.newsflow.ingest.state;

/** A crawl-state record that cannot be read; {@link #reason()} is {@code malformed-crawl-record}. */
public final class CrawlRecordFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  CrawlRecordFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The stable reason code. */
  public String reason() {
    return "malformed-crawl-record";
  }
}
