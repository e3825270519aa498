package dev.newsflow.ingest.decode;

/**
 * Tells well-formed UTF-8 (Unicode 15, table 3-7) from anything else, as the JDK's decoder does
 * when it reports errors: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
 * sequence at the end.
 */
final class Utf8 {
  private Utf8() {}

  /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
  static boolean isValid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return false;
      }
      if (b < 0xE0) {
        if (i + 1 >= to || !isContinuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= to) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        int low = b == 0xE0 ? 0xA0 : 0x80;
        int high = b == 0xED ? 0x9F : 0xBF;
        if (b1 < low || b1 > high || !isContinuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= to) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        int low = b == 0xF0 ? 0x90 : 0x80;
        int high = b == 0xF4 ? 0x8F : 0xBF;
        if (b1 < low || b1 > high || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
