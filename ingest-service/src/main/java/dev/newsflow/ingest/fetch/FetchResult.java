package dev.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A successful fetch: a 2xx response with its decoded body, or a 304 answer to a conditional
 * request (then {@link #notModified()} is true and the body is empty).
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL that answered, after redirects
 * @param status the HTTP status of the final response
 * @param contentType the Content-Type header as sent, charset parameter included; may be null
 * @param body the body after gzip/deflate decoding; never null. The accessor returns a copy, use
 *     {@link #bodyStream()} to read without copying
 * @param etag the ETag header, to send back as If-None-Match next time; may be null
 * @param lastModified the Last-Modified header, to send back as If-Modified-Since; may be null
 * @param fetchedAt when the response arrived
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    String contentType,
    byte[] body,
    String etag,
    String lastModified,
    Instant fetchedAt) {

  public FetchResult {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    body = body == null ? new byte[0] : body.clone();
  }

  /** True when the server said the resource did not change since the given ETag/date. */
  public boolean notModified() {
    return status == 304;
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body's length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  /** The body as a stream, without copying it. */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(body);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchResult r
        && status == r.status
        && requestedUrl.equals(r.requestedUrl)
        && finalUrl.equals(r.finalUrl)
        && Objects.equals(contentType, r.contentType)
        && Arrays.equals(body, r.body)
        && Objects.equals(etag, r.etag)
        && Objects.equals(lastModified, r.lastModified)
        && fetchedAt.equals(r.fetchedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestedUrl, finalUrl, status, contentType, Arrays.hashCode(body), etag,
        lastModified, fetchedAt);
  }

  @Override
  public String toString() {
    return "FetchResult[" + requestedUrl + " -> " + finalUrl + ", status=" + status
        + ", contentType=" + contentType + ", body=" + body.length + " bytes, etag=" + etag
        + ", lastModified=" + lastModified + ", fetchedAt=" + fetchedAt + "]";
  }
}
