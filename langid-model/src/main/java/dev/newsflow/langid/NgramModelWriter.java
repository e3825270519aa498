package dev.newsflow.langid;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects n-gram log-probabilities per language and writes them in the format {@link NgramModel}
 * reads. Not thread-safe; meant for the build-time converter and for tests.
 */
final class NgramModelWriter {
  private static final double MAX_LOAD = 0.7;

  private final List<String> languages = new ArrayList<>();
  private final List<String> scripts = new ArrayList<>();

  // collecting table: 64-bit key -> head of a linked list of postings
  private long[] keys = new long[1 << 16];
  private boolean[] isShort = new boolean[1 << 16];
  private int[] heads = new int[1 << 16];
  private int distinct;
  private int[] next = new int[1 << 16];
  private short[] values = new short[1 << 16];
  private int entries;

  /** Adds a language and returns its index. */
  int addLanguage(String code, String script) {
    if (languages.size() == NgramModel.MAX_LANGUAGES) {
      throw new IllegalStateException("at most " + NgramModel.MAX_LANGUAGES + " languages");
    }
    languages.add(code);
    scripts.add(script);
    return languages.size() - 1;
  }

  /** Records that language {@code language} gives {@code ngram} natural log-probability {@code logProbability}. */
  void add(String ngram, int language, double logProbability) {
    if (language < 0 || language >= languages.size()) {
      throw new IllegalArgumentException("unknown language index " + language);
    }
    long key = NgramHash.of(ngram);
    if (key == 0) {
      key = 1; // 0 marks an empty slot here
    }
    if (distinct + 1 > keys.length * MAX_LOAD) {
      rehash(keys.length * 2);
    }
    int slot = findSlot(keys, key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      isShort[slot] = ngram.codePointCount(0, ngram.length()) <= NgramModel.SHORT_ORDERS;
      heads[slot] = -1;
      distinct++;
    }
    if (entries == next.length) {
      next = Arrays.copyOf(next, entries * 2);
      values = Arrays.copyOf(values, entries * 2);
    }
    long q = Math.round(-logProbability / NgramModel.STEP);
    int quantised = (int) Math.max(0, Math.min(NgramModel.MAX_VALUE, q));
    values[entries] = (short) ((language << NgramModel.VALUE_BITS) | quantised);
    next[entries] = heads[slot];
    heads[slot] = entries;
    entries++;
  }

  private static int findSlot(long[] table, long key) {
    int mask = table.length - 1;
    int slot = (int) (key ^ (key >>> 29)) & mask;
    while (table[slot] != 0 && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    boolean[] oldShort = isShort;
    keys = new long[capacity];
    heads = new int[capacity];
    isShort = new boolean[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = findSlot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        isShort[slot] = oldShort[i];
      }
    }
  }

  /** Writes the model; does not close {@code out}. */
  void write(OutputStream out) throws IOException {
    int shortKeys = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && isShort[i]) {
        shortKeys++;
      }
    }
    short[] postings = new short[distinct + entries];
    int[] used = {0};
    // short n-grams first, so that their postings sit together too
    int[] shortTable = table(true, shortKeys, postings, used);
    int[] longTable = table(false, distinct - shortKeys, postings, used);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeInt(NgramModel.MAGIC);
    data.writeInt(NgramModel.FORMAT_VERSION);
    data.writeInt(languages.size());
    for (int i = 0; i < languages.size(); i++) {
      data.writeUTF(languages.get(i));
      data.writeUTF(scripts.get(i));
    }
    data.writeInt(shortTable.length / 2);
    data.writeInt(longTable.length / 2);
    data.writeInt(postings.length);
    writeFingerprints(data, shortTable);
    writeFingerprints(data, longTable);
    ByteBuffer shorts = ByteBuffer.allocate(Short.BYTES * postings.length);
    shorts.asShortBuffer().put(postings);
    data.write(shorts.array());
    data.flush();
  }

  /**
   * The slots of one table: fingerprint at 2i, posting offset at 2i + 1. Posting lists are laid out
   * in slot order, so a reader can recompute the offsets from the counts and they need not be
   * stored.
   */
  private int[] table(boolean ofShort, int count, short[] postings, int[] used) {
    int slots = Math.max(1, (int) Math.ceil(count / MAX_LOAD));
    int[] table = new int[2 * slots];
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      if (key == 0 || isShort[i] != ofShort) {
        continue;
      }
      int slot = NgramModel.slot(key, slots);
      while (table[2 * slot] != 0) {
        slot = slot + 1 == slots ? 0 : slot + 1;
      }
      table[2 * slot] = NgramModel.fingerprint(key);
      table[2 * slot + 1] = i;
    }
    for (int slot = 0; slot < slots; slot++) {
      if (table[2 * slot] == 0) {
        continue;
      }
      int source = table[2 * slot + 1];
      table[2 * slot + 1] = used[0];
      int countAt = used[0]++;
      int n = 0;
      for (int e = heads[source]; e >= 0; e = next[e]) {
        postings[used[0]++] = values[e];
        n++;
      }
      postings[countAt] = (short) n;
    }
    return table;
  }

  private static void writeFingerprints(DataOutputStream data, int[] table) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES * (table.length / 2));
    for (int i = 0; i < table.length; i += 2) {
      buffer.putInt(table[i]);
    }
    data.write(buffer.array());
  }

  int distinctNgrams() {
    return distinct;
  }

  int entries() {
    return entries;
  }
}
