package dev.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes the Content-Encodings we ask for (gzip, deflate), lazily, as a stream. */
final class ContentDecoding {

  /** A Content-Encoding we did not ask for and cannot decode. */
  static final class UnsupportedEncodingException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedEncodingException(String message) {
      super(message);
    }
  }

  // More layers than this is not a real server, it's a bomb with extra steps.
  private static final int MAX_LAYERS = 2;

  private ContentDecoding() {}

  /** The header value we send. */
  static String acceptEncoding() {
    return "gzip, deflate";
  }

  /**
   * Wraps {@code raw} so that reading it yields the decoded body.
   *
   * @param contentEncodings the Content-Encoding header values, in order of application
   */
  static InputStream decode(InputStream raw, List<String> contentEncodings)
      throws IOException, UnsupportedEncodingException {
    List<String> codings = new ArrayList<>();
    for (String header : contentEncodings) {
      for (String part : header.split(",")) {
        String c = part.trim().toLowerCase(Locale.ROOT);
        if (!c.isEmpty() && !c.equals("identity")) {
          codings.add(c);
        }
      }
    }
    if (codings.size() > MAX_LAYERS) {
      throw new UnsupportedEncodingException("too many content encodings: " + codings);
    }
    InputStream in = raw;
    // RFC 9110 8.4: codings are listed in the order they were applied, so undo them backwards.
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = switch (codings.get(i)) {
        case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
        case "deflate" -> inflate(in);
        default -> throw new UnsupportedEncodingException(
            "unsupported content encoding: " + codings.get(i));
      };
    }
    return in;
  }

  /**
   * "deflate" is meant to be zlib-wrapped (RFC 1950), but some servers send raw deflate (RFC
   * 1951); the zlib header tells which.
   */
  private static InputStream inflate(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] head = peek.readNBytes(2);
    peek.unread(head);
    boolean zlib = head.length == 2
        && (head[0] & 0x0f) == 8
        && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    // Raw inflate may want one byte past the end of the data (see Inflater's "nowrap" note).
    InputStream source = zlib ? peek : new SequenceInputStream(peek, new ByteArrayInputStream(new byte[1]));
    return new InflaterInputStream(source, inflater, 8192) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }
}
