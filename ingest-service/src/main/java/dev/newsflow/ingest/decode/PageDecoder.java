package dev.newsflow.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a fetched page into text without mojibake.
 *
 * <p>The charset is chosen in this order, the first that applies wins:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16BE, UTF-16LE);
 *   <li>the {@code charset} parameter of the HTTP {@code Content-Type} header;
 *   <li>a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 8 KiB;
 *   <li>statistical detection (Tika's universal and ICU detectors);
 *   <li>UTF-8.
 * </ol>
 *
 * <p>Labels are mapped as browsers map them (GB2312 and GBK to GB18030, ISO-8859-1 and US-ASCII to
 * windows-1252, Shift_JIS to windows-31j, EUC-KR to windows-949). Unknown labels are ignored. A
 * declaration that the bytes contradict is ignored too: bytes that are not valid in the declared
 * charset, or valid multi-byte UTF-8 declared as a single-byte charset, go to detection. A header
 * that only says ISO-8859-1 or windows-1252 (often a server default) loses to a page's own meta
 * declaration when that declaration decodes the bytes cleanly.
 *
 * <p>Instances are stateless and thread-safe. Decoding never throws on bad input; undecodable
 * bytes become U+FFFD.
 */
public final class PageDecoder {
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)", Pattern.CASE_INSENSITIVE);

  /** Decodes {@code body}; {@code contentTypeHeader} is the raw header value and may be null. */
  public DecodedPage decode(byte[] body, String contentTypeHeader) {
    byte[] bytes = body == null ? new byte[0] : body;

    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Bom b = bom.get();
      return new DecodedPage(StrictDecoder.lenient(bytes, b.length(), b.charset()), b.charset(), "bom");
    }

    Optional<Charset> header = headerCharset(contentTypeHeader);
    Optional<Charset> meta = MetaCharsetScanner.declaredLabel(bytes, 0)
        .flatMap(CharsetLabels::forMetaLabel);

    if (header.isPresent()) {
      Optional<String> text = agreeingText(bytes, header.get());
      boolean weakHeader = header.get().equals(Charset.forName("windows-1252"))
          && meta.isPresent() && !meta.get().equals(header.get());
      if (text.isPresent() && !(weakHeader && agreeingText(bytes, meta.get()).isPresent())) {
        return new DecodedPage(text.get(), header.get(), "http-header");
      }
    }
    if (meta.isPresent()) {
      Optional<String> text = agreeingText(bytes, meta.get());
      if (text.isPresent()) {
        return new DecodedPage(text.get(), meta.get(), "meta");
      }
    }
    Optional<CharsetSniffer.Sniffed> sniffed = CharsetSniffer.sniff(bytes, 0);
    if (sniffed.isPresent()) {
      return new DecodedPage(sniffed.get().text(), sniffed.get().charset(), "detected");
    }
    // Nothing fits cleanly: keep what the page said, replacing the bytes that do not fit.
    if (header.isPresent()) {
      return new DecodedPage(StrictDecoder.lenient(bytes, 0, header.get()), header.get(), "http-header");
    }
    if (meta.isPresent()) {
      return new DecodedPage(StrictDecoder.lenient(bytes, 0, meta.get()), meta.get(), "meta");
    }
    return new DecodedPage(
        StrictDecoder.lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default");
  }

  static Optional<Charset> headerCharset(String contentTypeHeader) {
    if (contentTypeHeader == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET_PARAM.matcher(contentTypeHeader);
    return m.find() ? CharsetLabels.forLabel(m.group(1)) : Optional.empty();
  }

  /**
   * The bytes decoded in {@code declared}, or empty when the bytes contradict the declaration:
   * they are invalid in it, or they are multi-byte UTF-8 while it is a single-byte charset.
   */
  private static Optional<String> agreeingText(byte[] bytes, Charset declared) {
    if (CharsetLabels.isSingleByte(declared)
        && CharsetSniffer.hasNonAscii(bytes, 0)
        && StrictDecoder.decode(bytes, 0, StandardCharsets.UTF_8).isPresent()) {
      return Optional.empty();
    }
    return StrictDecoder.decode(bytes, 0, declared);
  }

  /** A byte order mark; browsers let it override every declaration. */
  private record Bom(Charset charset, int length) {
    static Optional<Bom> of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
        return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
        return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
        return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
      }
      return Optional.empty();
    }
  }
}
