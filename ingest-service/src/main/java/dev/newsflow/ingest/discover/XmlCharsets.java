package dev.newsflow.ingest.discover;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML document's bytes to characters ourselves, so that a stray byte invalid in the
 * declared encoding costs one replacement character instead of the whole feed (and so that the
 * XML parser never sees bytes it would complain about on standard error).
 *
 * <p>Encoding detection follows XML 1.0 appendix F: a byte order mark, else the encoding
 * declaration, else UTF-8. Labels are read the way browsers read them (WHATWG Encoding): GB2312
 * means GBK and ISO-8859-1 means windows-1252, since that is what servers really send under those
 * names.
 */
final class XmlCharsets {
  private static final Pattern DECLARED =
      Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private static final int HEAD = 256;

  private XmlCharsets() {}

  static Reader reader(byte[] b) {
    Detected d = detect(b);
    // InputStreamReader replaces malformed input rather than failing.
    return new InputStreamReader(new ByteArrayInputStream(b, d.skip, b.length - d.skip), d.charset);
  }

  /** A reader over a stream, for documents too large to hold as bytes; detection reads ahead 256 bytes. */
  static Reader reader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    buffered.mark(HEAD);
    byte[] head = buffered.readNBytes(HEAD);
    buffered.reset();
    Detected d = detect(head);
    buffered.skipNBytes(d.skip);
    return new InputStreamReader(buffered, d.charset);
  }

  private record Detected(Charset charset, int skip) {}

  private static Detected detect(byte[] b) {
    if (startsWith(b, 0xef, 0xbb, 0xbf)) {
      return new Detected(StandardCharsets.UTF_8, 3);
    } else if (startsWith(b, 0xfe, 0xff)) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    } else if (startsWith(b, 0xff, 0xfe)) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    } else if (startsWith(b, 0x00, 0x3c, 0x00, 0x3f)) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    } else if (startsWith(b, 0x3c, 0x00, 0x3f, 0x00)) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    return new Detected(declared(b), 0);
  }

  private static Charset declared(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    String name = switch (label) {
      case "gb2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312" -> "GBK";
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> "windows-1252";
      case "utf-16", "utf-16le", "utf-16be" -> "UTF-8"; // no BOM: it was not really UTF-16
      default -> label;
    };
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
