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
    for (Charset candidate : candidates(body, offset)) {
      Optional<String> text = StrictDecoder.decode(body, offset, candidate);
      if (text.isPresent()) {
        return Optional.of(new Sniffed(candidate, text.get()));
      }
    }
    return Optional.empty();
  }

  private static List<Charset> candidates(byte[] body, int offset) {
    int length = Math.min(body.length - offset, SAMPLE_BYTES);
    List<Charset> result = new ArrayList<>();
    Icu4jEncodingDetector icu = new Icu4jEncodingDetector();
    icu.setStripMarkup(true);
    List<EncodingDetector> detectors = new ArrayList<>(List.of(new UniversalEncodingDetector(), icu));
    for (EncodingDetector detector : detectors) {
      try (InputStream in = new ByteArrayInputStream(body, offset, length)) {
        Charset found = detector.detect(in, new Metadata());
        if (found != null) {
          CharsetLabels.forLabel(found.name()).filter(c -> !result.contains(c)).ifPresent(result::add);
        }
      } catch (IOException | RuntimeException e) {
        // A detector failing on odd bytes just means one candidate less.
      }
    }
    // The universal detector mistakes windows-1251 for Mac Cyrillic on short texts; charsets that
    // are rare on the web only win when nothing common decodes the bytes.
    result.sort(Comparator.comparing(CharsetSniffer::isRareOnTheWeb));
    return result;
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
