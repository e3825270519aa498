package dev.newsflow.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decoding that tells whether the bytes really are in the charset. */
final class StrictDecoder {
  private static final String REPLACEMENT = "\uFFFD";

  private StrictDecoder() {}

  /** The bytes from {@code offset} decoded in {@code charset}, or empty if they are not valid in it. */
  static Optional<String> decode(byte[] body, int offset, Charset charset) {
    // A CharsetDecoder reporting errors is several times slower than the String constructor, which
    // replaces them: UTF-8 is checked by a plain scan first, other charsets are decoded leniently
    // and only decoded again strictly when a replacement character shows up (an error, or a page
    // that really contains one).
    if (charset.equals(StandardCharsets.UTF_8)) {
      return Utf8.isValid(body, offset, body.length)
          ? Optional.of(new String(body, offset, body.length - offset, StandardCharsets.UTF_8))
          : Optional.empty();
    }
    try {
      if (REPLACEMENT.equals(charset.newDecoder().replacement())) {
        String lenient = lenient(body, offset, charset);
        if (lenient.indexOf('\uFFFD') < 0) {
          return Optional.of(lenient);
        }
      }
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, offset, body.length - offset))
          .toString());
    } catch (CharacterCodingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The bytes from {@code offset} decoded in {@code charset}, replacing what is not valid. */
  static String lenient(byte[] body, int offset, Charset charset) {
    return new String(body, offset, body.length - offset, charset);
  }
}
