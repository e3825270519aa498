package dev.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) of a text's shingles: texts that share most of their shingles get
 * fingerprints that differ in few bits, so near-duplicates are found by Hamming distance.
 *
 * <p>The text is normalised first (NFKC, lower case, punctuation and spacing dropped) and cut into
 * tokens: runs of letters and digits, except that each Han, kana or Thai character is a
 * token of its own, as those scripts do not separate words by spaces. A shingle is {@value
 * #SHINGLE} consecutive tokens, so word shingles for spaced scripts, character shingles for CJK.
 *
 * <p>Stateless and thread-safe.
 */
public final class SimHash {
  /** Tokens per shingle. */
  public static final int SHINGLE = 3;

  /** Fewer shingles than this give {@link #EMPTY}: too little text to fingerprint. */
  public static final int MIN_SHINGLES = 8;

  /** The fingerprint of a text too short to fingerprint; never indexed as a cluster. */
  public static final long EMPTY = 0L;

  private SimHash() {}

  /** The SimHash of {@code text}; {@link #EMPTY} when it has fewer than {@value #MIN_SHINGLES} shingles. */
  public static long of(String text) {
    List<String> tokens = tokens(text);
    int shingles = tokens.size() - SHINGLE + 1;
    if (shingles < MIN_SHINGLES) {
      return EMPTY;
    }
    int[] votes = new int[64];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < shingles; i++) {
      shingle.setLength(0);
      for (int j = i; j < i + SHINGLE; j++) {
        shingle.append(tokens.get(j)).append(' ');
      }
      long h = hash(shingle);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1L) == 0 ? -1 : 1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    // A text whose votes all tie would otherwise look like an empty one.
    return fingerprint == EMPTY ? 1L : fingerprint;
  }

  /** Number of bits in which {@code a} and {@code b} differ. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < normal.length(); ) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnspaced(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp) || isCombining(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (!word.isEmpty()) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isCombining(int cp) {
    // Marks carry vowels in Indic scripts; splitting words at them would shred the text.
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  // Korean separates words by spaces, so Hangul is read as words.
  private static boolean isUnspaced(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI;
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser so every input bit reaches every output bit. */
  private static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
