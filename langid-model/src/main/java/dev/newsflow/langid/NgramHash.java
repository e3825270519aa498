package dev.newsflow.langid;

/**
 * The 64-bit key of a character n-gram, built one code point at a time so that the keys of a
 * word's 1- to 5-grams starting at one position come out of a single pass without making strings.
 *
 * <p>The converter and the reader must agree on this function: changing it changes the model
 * format ({@link NgramModel#FORMAT_VERSION}).
 */
public final class NgramHash {
  private static final long SEED = 0x243F6A8885A308D3L;

  private NgramHash() {}

  /** The state of the empty n-gram. */
  public static long start() {
    return SEED;
  }

  /** The state of the n-gram {@code state} stands for, followed by {@code codePoint}. */
  public static long extend(long state, int codePoint) {
    return Long.rotateLeft((state ^ codePoint) * 0x9E3779B97F4A7C15L, 31) + 0x632BE59BD9B4E019L;
  }

  /** The table key of an n-gram's state: well mixed in all 64 bits. */
  public static long key(long state) {
    long h = state;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /** The key of a whole n-gram. */
  public static long of(CharSequence ngram) {
    long state = start();
    for (int i = 0; i < ngram.length(); ) {
      int cp = Character.codePointAt(ngram, i);
      i += Character.charCount(cp);
      state = extend(state, cp);
    }
    return key(state);
  }
}
