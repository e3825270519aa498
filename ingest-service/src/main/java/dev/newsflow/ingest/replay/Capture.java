package dev.newsflow.ingest.replay;

import java.net.URI;
import java.time.Instant;

/**
 * What one WARC record means for replay: an HTML page to extract, a record to skip, or a page that
 * cannot be used (a dead letter).
 */
sealed interface Capture {

  /** An HTML page as it was served. */
  record Page(URI url, Instant fetchedAt, String contentType, byte[] body) implements Capture {}

  /** A record that holds no article page; {@code reason} is a stable code for the counts. */
  record Skip(String reason) implements Capture {}

  /** An HTML page that cannot be used; {@code reason} is a stable code for the dead letter. */
  record Refused(URI url, String reason, String detail) implements Capture {}
}
