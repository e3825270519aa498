package dev.newsflow.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/** Decoding that tells whether the bytes really are in the charset. */
final class StrictDecoder {
  private StrictDecoder() {}

  /** The bytes from {@code offset} decoded in {@code charset}, or empty if they are not valid in it. */
  static Optional<String> decode(byte[] body, int offset, Charset charset) {
    try {
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
