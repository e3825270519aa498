package dev.newsflow.ingest.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Guesses a charset from the bytes alone.
 *
 * <p>Valid UTF-8 with multi-byte sequences is taken at face value: legacy-encoded text almost
 * never happens to be valid UTF-8. Otherwise the candidates of two statistical detectors (Mozilla's
 * universal detector, good on CJK, then ICU's, good on single-byte Cyrillic and Latin) are tried
 * in turn, and the first one that decodes the bytes without errors wins.
 */
final class CharsetSniffer {
  /** How much of the body the detectors look at; more costs time and rarely changes the answer. */
  static final int SAMPLE_BYTES = 64 * 1024;

  private CharsetSniffer() {}

  /** A detected charset together with the body decoded strictly in it. */
  record Sniffed(Charset charset, String text) {}

  static Optional<Sniffed> sniff(byte[] body, int offset) {
    Optional<String> utf8 = StrictDecoder.decode(body, offset, StandardCharsets.UTF_8);
    if (utf8.isPresent() && hasNonAscii(body, offset)) {
      return Optional.of(new Sniffed(StandardCharsets.UTF_8, utf8.get()));
    }
    if (isPlainAscii(body, offset)) {
      return Optional.empty();
    }
    List<Charset> candidates = new ArrayList<>();
    detect(new UniversalEncodingDetector(), body, offset, candidates);
    // ICU's detector costs several times the universal one, and its guess only matters when the
    // universal one's is rare on the web (then ICU's may go first) or does not decode the bytes.
    Charset universal = candidates.isEmpty() ? null : candidates.getFirst();
    if (universal != null && !isRareOnTheWeb(universal)) {
      Optional<String> text = StrictDecoder.decode(body, offset, universal);
      if (text.isPresent()) {
        return Optional.of(new Sniffed(universal, text.get()));
      }
    }
    Icu4jEncodingDetector icu = new Icu4jEncodingDetector();
    icu.setStripMarkup(true);
    detect(icu, body, offset, candidates);
    // The universal detector mistakes windows-1251 for Mac Cyrillic on short texts; charsets that
    // are rare on the web only win when nothing common decodes the bytes.
    candidates.sort(Comparator.comparing(CharsetSniffer::isRareOnTheWeb));
    for (Charset candidate : candidates) {
      if (candidate == universal && !isRareOnTheWeb(universal)) {
        continue; // already tried above
      }
      Optional<String> text = StrictDecoder.decode(body, offset, candidate);
      if (text.isPresent()) {
        return Optional.of(new Sniffed(candidate, text.get()));
      }
    }
    return Optional.empty();
  }

  /** Adds what {@code detector} finds in the sample to {@code result}, unless it is there already. */
  private static void detect(EncodingDetector detector, byte[] body, int offset, List<Charset> result) {
    int length = Math.min(body.length - offset, SAMPLE_BYTES);
    try (InputStream in = new ByteArrayInputStream(body, offset, length)) {
      Charset found = detector.detect(in, new Metadata());
      if (found != null) {
        CharsetLabels.forLabel(found.name()).filter(c -> !result.contains(c)).ifPresent(result::add);
      }
    } catch (IOException | RuntimeException e) {
      // A detector failing on odd bytes just means one candidate less.
    }
  }

  private static boolean isRareOnTheWeb(Charset charset) {
    String name = charset.name().toLowerCase(Locale.ROOT);
    return name.startsWith("x-mac") || name.startsWith("ibm") || name.startsWith("x-ibm")
        || name.equals("iso-8859-5") || name.equals("x-iso-8859-11");
  }

  /** Whether the sample is 7-bit text without the escapes of ISO-2022 or the zeros of UTF-16. */
  private static boolean isPlainAscii(byte[] body, int offset) {
    int end = Math.min(body.length, offset + SAMPLE_BYTES);
    for (int i = offset; i < end; i++) {
      if (body[i] < 0 || body[i] == 0x1B || body[i] == 0) {
        return false;
      }
    }
    return true;
  }

  static boolean hasNonAscii(byte[] body, int offset) {
    int end = Math.min(body.length, offset + SAMPLE_BYTES);
    for (int i = offset; i < end; i++) {
      if (body[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
