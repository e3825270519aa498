package dev.newsflow.ingest.extract;

/** Tells documents from binary files that were served as pages. */
final class BinarySniffer {
  private static final byte[][] SIGNATURES = {
      {'%', 'P', 'D', 'F'},
      {(byte) 0x89, 'P', 'N', 'G'},
      {'G', 'I', 'F', '8'},
      {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      {'P', 'K', 3, 4},
      {0x1F, (byte) 0x8B},
      {'R', 'I', 'F', 'F'},
      {0, 0, 1, 0},
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
      {0x7F, 'E', 'L', 'F'},
  };
  private static final int SAMPLE_CHARS = 4096;

  private BinarySniffer() {}

  static boolean hasBinarySignature(byte[] body) {
    for (byte[] signature : SIGNATURES) {
      if (body.length >= signature.length && startsWith(body, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] body, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (body[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether decoded text is mostly control characters and replacement characters, as a binary file
   * decoded as text is. Text never is: one such character in ten is far beyond any real page.
   */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    return n > 0 && bad * 10 > n;
  }
}
