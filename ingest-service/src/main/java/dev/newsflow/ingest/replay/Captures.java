package dev.newsflow.ingest.replay;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Decides what a WARC record is worth: {@code response} records of HTTP 200, and {@code resource}
 * records, whose type is HTML or a document newsflow reads (PDF, DOC, DOCX: press releases) are
 * pages; everything else is skipped with a reason.
 *
 * <p>Skip reasons: the record type for records that are no capture ({@code request}, {@code
 * warcinfo}, {@code metadata}, {@code revisit} ...), {@code not-http} (dns:, gemini:),
 * {@code bad-target} (no usable target URI), {@code http-status} (anything but 200, redirects
 * included: the archive holds their target separately when it was crawled) and {@code
 * unsupported-type} (images, scripts, styles ...).
 * Refusal reasons: {@code too-large}, {@code unreadable-record} (a broken HTTP message or content
 * encoding).
 */
final class Captures {
  /** Skip reason of a capture that is neither a page nor a document newsflow reads. */
  static final String UNSUPPORTED_TYPE = "unsupported-type";

  private static final Set<String> READABLE_TYPES = Set.of(
      "text/html",
      "application/xhtml+xml",
      "application/pdf",
      "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private Captures() {}

  /** Reads {@code record}'s page, if it has one; consumes at most {@code maxBodyBytes + 1} bytes of it. */
  static Capture of(WarcRecord record, int maxBodyBytes) {
    if (record instanceof WarcResponse response) {
      return response(response, maxBodyBytes);
    }
    if (record instanceof WarcResource resource) {
      return resource(resource, maxBodyBytes);
    }
    return new Capture.Skip(record.type().toLowerCase(Locale.ROOT));
  }

  private static Capture response(WarcResponse response, int maxBodyBytes) {
    URI url = webTarget(response);
    if (url == null) {
      return new Capture.Skip(isWeb(response.target()) ? "bad-target" : "not-http");
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return new Capture.Refused(url, "unreadable-record", "not an HTTP response: " + e.getMessage());
    }
    if (http.status() != 200) {
      return new Capture.Skip("http-status");
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    if (!isReadable(contentType, response.identifiedPayloadType())) {
      return new Capture.Skip(UNSUPPORTED_TYPE);
    }
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      return new Capture.Refused(url, "unreadable-record", "cannot decode the body: " + e.getMessage());
    }
    return page(url, response, contentType, body, maxBodyBytes);
  }

  private static Capture resource(WarcResource resource, int maxBodyBytes) {
    URI url = webTarget(resource);
    if (url == null) {
      return new Capture.Skip(isWeb(resource.target()) ? "bad-target" : "not-http");
    }
    String contentType = resource.headers().first("Content-Type").orElse(null);
    if (contentType == null || !isReadable(contentType, Optional.empty())) {
      return new Capture.Skip(UNSUPPORTED_TYPE);
    }
    return page(url, resource, contentType, resource.body(), maxBodyBytes);
  }

  private static Capture page(URI url, WarcCaptureRecord record, String contentType, MessageBody body, int maxBodyBytes) {
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes(maxBodyBytes + 1);
    } catch (IOException | RuntimeException e) {
      return new Capture.Refused(url, "unreadable-record", "cannot read the body: " + e.getMessage());
    }
    if (bytes.length > maxBodyBytes) {
      return new Capture.Refused(url, "too-large", "page body exceeds " + maxBodyBytes + " bytes");
    }
    return new Capture.Page(url, record.date(), contentType, bytes);
  }

  /**
   * HTML or a readable document by the served type; when the server sent none, by the type the
   * archiver identified, and when neither is known the extractor decides (it refuses the rest).
   */
  static boolean isReadable(String contentType, Optional<MediaType> identified) {
    if (contentType != null && !contentType.isBlank()) {
      return isReadableType(MediaType.parseLeniently(contentType));
    }
    return identified.map(Captures::isReadableType).orElse(true);
  }

  private static boolean isReadableType(MediaType type) {
    return READABLE_TYPES.contains((type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT));
  }

  private static URI webTarget(WarcCaptureRecord record) {
    String target = record.target();
    if (!isWeb(target)) {
      return null;
    }
    try {
      URI uri = record.targetURI();
      return ReplaySource.hostOf(uri) == null ? null : uri;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isWeb(String target) {
    if (target == null) {
      return false;
    }
    String t = target.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }
}
