package dev.newsflow.langid;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Log-probabilities of character n-grams (1 to 5 lower-case letters) per language, in open
 * addressing tables keyed by {@link NgramHash}: a small one for uni- and bigrams, which every
 * letter looks up, and a large one for longer n-grams.
 *
 * <p>A probability is the one the source model gives: for a unigram its relative frequency, for a
 * longer n-gram its frequency relative to that of its first n-1 letters. Values are quantised to
 * steps of {@value #STEP} nats. Each slot holds a 32-bit fingerprint of the key (a false hit needs
 * two 64-bit keys to agree in slot and fingerprint) and, next to it so that a probe touches one
 * cache line, the offset of its posting list (not stored: posting lists follow slot order, so the
 * offsets are summed up on loading), one
 * {@code short} per language that has the n-gram: language index in the high 7 bits, quantised
 * negated log-probability in the low 9.
 *
 * <p>Immutable and safe to share between threads. The default model takes about 180 MB of heap.
 */
public final class NgramModel {
  /** Where the build puts the default model. */
  public static final String RESOURCE = "/dev/newsflow/langid/ngram-model.bin";
  /** Bumped whenever the layout or {@link NgramHash} changes. */
  public static final int FORMAT_VERSION = 4;
  /** N-grams up to this order live in a small table of their own that stays in the CPU cache. */
  public static final int SHORT_ORDERS = 2;
  /** Quantisation step of the log-probabilities, in nats. */
  public static final double STEP = 1.0 / 16;
  static final int MAGIC = 0x4E464C49; // "NFLI"
  static final int MAX_LANGUAGES = 128;
  static final int VALUE_BITS = 9;
  static final int MAX_VALUE = (1 << VALUE_BITS) - 1;

  private final List<String> languages;
  private final List<String> scripts;
  /** Slot i: fingerprint at 2i (0 when empty), posting list offset at 2i + 1. */
  private final int[] shortTable;
  private final int[] longTable;
  private final short[] postings;
  private final float[] logProbabilityOf;

  NgramModel(List<String> languages, List<String> scripts, int[] shortTable, int[] longTable, short[] postings) {
    this.languages = List.copyOf(languages);
    this.scripts = List.copyOf(scripts);
    this.shortTable = shortTable;
    this.longTable = longTable;
    this.postings = postings;
    this.logProbabilityOf = new float[MAX_VALUE + 1];
    for (int q = 0; q <= MAX_VALUE; q++) {
      logProbabilityOf[q] = (float) (-q * STEP);
    }
  }

  /**
   * The model the build generated into {@link #RESOURCE}.
   *
   * @throws NgramModelException when it is missing or cannot be read
   */
  public static NgramModel loadDefault() {
    return load(RESOURCE);
  }

  /**
   * The model in class-path resource {@code resource} (absolute, e.g. {@value #RESOURCE}).
   *
   * @throws NgramModelException when it is missing or cannot be read
   */
  public static NgramModel load(String resource) {
    InputStream in = NgramModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new NgramModelException(NgramModelException.Reason.MISSING,
          "no language model at " + resource + " on the class path; the langid-model module's build generates it");
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new NgramModelException(NgramModelException.Reason.CORRUPT, "cannot read " + resource, e);
    }
  }

  /**
   * Reads a model in the format {@link NgramModelWriter} writes. Does not close {@code in}.
   *
   * @throws NgramModelException when the bytes are not such a model
   */
  public static NgramModel read(InputStream in) {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      if (data.readInt() != MAGIC) {
        throw new NgramModelException(NgramModelException.Reason.NOT_A_MODEL, "the bytes are not an n-gram model");
      }
      int version = data.readInt();
      if (version != FORMAT_VERSION) {
        throw new NgramModelException(NgramModelException.Reason.UNSUPPORTED_VERSION,
            "model format " + version + ", this reader knows " + FORMAT_VERSION);
      }
      int languageCount = data.readInt();
      if (languageCount < 1 || languageCount > MAX_LANGUAGES) {
        throw corrupt("language count " + languageCount);
      }
      List<String> languages = new ArrayList<>();
      List<String> scripts = new ArrayList<>();
      for (int i = 0; i < languageCount; i++) {
        languages.add(data.readUTF());
        scripts.add(data.readUTF());
      }
      int shortSlots = data.readInt();
      int longSlots = data.readInt();
      int postingCount = data.readInt();
      if (shortSlots < 1 || longSlots < 1 || shortSlots > Integer.MAX_VALUE / 2 || longSlots > Integer.MAX_VALUE / 2
          || postingCount < 0) {
        throw corrupt("tables of " + shortSlots + " and " + longSlots + " slots and " + postingCount + " postings");
      }
      int[] shortTable = readFingerprints(data, shortSlots);
      int[] longTable = readFingerprints(data, longSlots);
      short[] postings = readShorts(data, postingCount);
      if (data.read() != -1) {
        throw corrupt("bytes after the end of the tables");
      }
      int end = linkPostings(shortTable, postings, 0);
      end = linkPostings(longTable, postings, end);
      if (end != postingCount) {
        throw corrupt("the posting lists fill " + end + " of " + postingCount + " postings");
      }
      return new NgramModel(languages, scripts, shortTable, longTable, postings);
    } catch (EOFException e) {
      throw new NgramModelException(NgramModelException.Reason.CORRUPT, "the model ends early", e);
    } catch (IOException e) {
      throw new NgramModelException(NgramModelException.Reason.CORRUPT, "cannot read the model", e);
    }
  }

  /** Sets each used slot's posting offset, lists following slot order from {@code offset}; returns the end. */
  private static int linkPostings(int[] table, short[] postings, int offset) {
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] == 0) {
        continue;
      }
      if (offset >= postings.length || postings[offset] < 1 || offset + postings[offset] >= postings.length) {
        throw corrupt("slot " + i / 2 + " points outside the postings");
      }
      table[i + 1] = offset;
      offset += 1 + postings[offset];
    }
    return offset;
  }

  private static NgramModelException corrupt(String what) {
    return new NgramModelException(NgramModelException.Reason.CORRUPT, what);
  }

  /** Fingerprints of {@code slots} slots, at the even indices of a table of twice that size. */
  private static int[] readFingerprints(DataInputStream in, int slots) throws IOException {
    int[] table = new int[2 * slots];
    byte[] chunk = new byte[1 << 16];
    for (int done = 0; done < slots; ) {
      int n = Math.min(chunk.length / Integer.BYTES, slots - done);
      in.readFully(chunk, 0, n * Integer.BYTES);
      ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n * Integer.BYTES).order(ByteOrder.BIG_ENDIAN);
      for (int j = 0; j < n; j++) {
        table[2 * (done + j)] = buffer.getInt();
      }
      done += n;
    }
    return table;
  }

  private static short[] readShorts(DataInputStream in, int count) throws IOException {
    short[] values = new short[count];
    byte[] chunk = new byte[1 << 16];
    for (int done = 0; done < count; ) {
      int n = Math.min(chunk.length / Short.BYTES, count - done);
      in.readFully(chunk, 0, n * Short.BYTES);
      ByteBuffer.wrap(chunk, 0, n * Short.BYTES).order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(values, done, n);
      done += n;
    }
    return values;
  }

  /** ISO 639-1 codes of the languages, in index order. */
  public List<String> languages() {
    return languages;
  }

  /**
   * The main script of each language, in index order, as the name of its
   * {@link Character.UnicodeScript}.
   */
  public List<String> scripts() {
    return scripts;
  }

  /** Number of distinct n-grams. */
  public int size() {
    int n = 0;
    for (int[] table : List.of(shortTable, longTable)) {
      for (int i = 0; i < table.length; i += 2) {
        if (table[i] != 0) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The posting list of the n-gram of {@code order} letters with key {@code key} (see
   * {@link NgramHash}), or -1 when no language has it.
   */
  public int find(long key, int order) {
    int[] table = order <= SHORT_ORDERS ? shortTable : longTable;
    int i = 2 * slot(key, table.length / 2);
    int fingerprint = fingerprint(key);
    while (true) {
      int f = table[i];
      if (f == fingerprint) {
        return table[i + 1];
      }
      if (f == 0) {
        return -1;
      }
      i += 2;
      if (i == table.length) {
        i = 0;
      }
    }
  }

  /** Number of languages in posting list {@code ref}. */
  public int count(int ref) {
    return postings[ref];
  }

  /** Index of the {@code i}-th language of posting list {@code ref}. */
  public int language(int ref, int i) {
    return (postings[ref + 1 + i] & 0xFFFF) >>> VALUE_BITS;
  }

  /** Natural log of the probability of the {@code i}-th language of posting list {@code ref}. */
  public float logProbability(int ref, int i) {
    return logProbabilityOf[postings[ref + 1 + i] & MAX_VALUE];
  }

  static int slot(long key, int slots) {
    return (int) (((key >>> 32) * slots) >>> 32);
  }

  static int fingerprint(long key) {
    int f = (int) key;
    return f == 0 ? 1 : f;
  }
}
