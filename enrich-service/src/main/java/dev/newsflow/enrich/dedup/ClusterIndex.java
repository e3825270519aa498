package dev.newsflow.enrich.dedup;

import dev.newsflow.common.article.NearDuplicate;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The near-duplicate index over a key-value store: recent SimHashes, findable by band, with their
 * cluster ids.
 *
 * <p>Three kinds of entries share the store (so one changelog restores them together), told apart
 * by their first byte; keys are big-endian so the store's byte order is numeric order:
 *
 * <ul>
 *   <li>{@code 'b' band(1) bandBits(2) simhash(8)} → empty: the band lookup, one per band;
 *   <li>{@code 'h' simhash(8)} → {@code indexedAtMillis(8) clusterId(16)}: the fingerprint;
 *   <li>{@code 't' indexedAtMillis(8) simhash(8)} → empty: eviction order.
 * </ul>
 *
 * <p>Not thread-safe; used by one stream task.
 */
final class ClusterIndex {
  /** Candidates read per band at most: protects against a band shared by very many texts. */
  static final int MAX_CANDIDATES_PER_BAND = 256;

  private static final byte BAND = 'b';
  private static final byte HASH = 'h';
  private static final byte TIME = 't';
  private static final byte[] NOTHING = new byte[0];
  private static final HexFormat HEX = HexFormat.of();

  private final KeyValueStore<Bytes, byte[]> store;
  private final int maxDistance;
  private final int bands;

  ClusterIndex(KeyValueStore<Bytes, byte[]> store, NearDuplicateSettings settings) {
    this.store = store;
    this.maxDistance = settings.maxDistance();
    this.bands = settings.bands();
  }

  /**
   * The cluster of an article with fingerprint {@code simhash}: the cluster of the nearest indexed
   * fingerprint within the distance (the earliest indexed on a tie), else a new one named after
   * {@code articleId}. The fingerprint is then indexed (or refreshed) under that cluster. Texts too
   * short to fingerprint are their own cluster and are not indexed.
   */
  NearDuplicate assign(String articleId, long simhash, Instant at) {
    if (simhash == SimHash.EMPTY) {
      return NearDuplicate.of(articleId, simhash);
    }
    String cluster = nearestCluster(simhash);
    if (cluster == null) {
      cluster = articleId;
    }
    index(simhash, cluster, at.toEpochMilli());
    return NearDuplicate.of(cluster, simhash);
  }

  private String nearestCluster(long simhash) {
    byte[] exact = store.get(hashKey(simhash));
    if (exact != null) {
      return clusterOf(exact);
    }
    long best = 0;
    int bestDistance = Integer.MAX_VALUE;
    long bestTime = Long.MAX_VALUE;
    for (int band = 0; band < bands; band++) {
      int bits = bandBits(simhash, band);
      try (KeyValueIterator<Bytes, byte[]> it = store.range(bandKey(band, bits, 0L), bandKey(band, bits, -1L))) {
        for (int seen = 0; it.hasNext() && seen < MAX_CANDIDATES_PER_BAND; seen++) {
          long candidate = ByteBuffer.wrap(it.next().key.get()).getLong(4);
          int distance = SimHash.distance(simhash, candidate);
          if (distance > maxDistance || distance > bestDistance) {
            continue;
          }
          long time = ByteBuffer.wrap(store.get(hashKey(candidate))).getLong(0);
          if (distance < bestDistance || time < bestTime) {
            best = candidate;
            bestDistance = distance;
            bestTime = time;
          }
        }
      }
    }
    return bestDistance == Integer.MAX_VALUE ? null : clusterOf(store.get(hashKey(best)));
  }

  private void index(long simhash, String cluster, long atMillis) {
    byte[] old = store.get(hashKey(simhash));
    if (old == null) {
      for (int band = 0; band < bands; band++) {
        store.put(bandKey(band, bandBits(simhash, band), simhash), NOTHING);
      }
    } else if (ByteBuffer.wrap(old).getLong(0) >= atMillis) {
      return; // replayed or out of order: the entry is already as fresh
    }
    store.put(hashKey(simhash), ByteBuffer.allocate(24).putLong(atMillis).put(HEX.parseHex(cluster)).array());
    store.put(timeKey(atMillis, simhash), NOTHING);
  }

  /**
   * Removes the fingerprints last indexed before {@code cutoff}.
   *
   * @return how many fingerprints were removed
   */
  int evictBefore(Instant cutoff) {
    long cutoffMillis = cutoff.toEpochMilli();
    List<Bytes> due = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.range(timeKey(0L, 0L), timeKey(cutoffMillis - 1, -1L))) {
      while (it.hasNext()) {
        due.add(it.next().key);
      }
    }
    int evicted = 0;
    for (Bytes timeKey : due) {
      ByteBuffer key = ByteBuffer.wrap(timeKey.get());
      long at = key.getLong(1);
      long simhash = key.getLong(9);
      store.delete(timeKey);
      byte[] entry = store.get(hashKey(simhash));
      // A later article refreshed the fingerprint: its newer time entry keeps it alive.
      if (entry != null && ByteBuffer.wrap(entry).getLong(0) == at) {
        store.delete(hashKey(simhash));
        for (int band = 0; band < bands; band++) {
          store.delete(bandKey(band, bandBits(simhash, band), simhash));
        }
        evicted++;
      }
    }
    return evicted;
  }

  /** Number of fingerprints indexed (counts the store; for tests and figures). */
  long size() {
    long n = 0;
    try (KeyValueIterator<Bytes, byte[]> it = store.range(hashKey(0L), hashKey(-1L))) {
      for (; it.hasNext(); it.next()) {
        n++;
      }
    }
    return n;
  }

  /** All entries, for measuring the store's size. */
  List<KeyValue<Bytes, byte[]>> entries() {
    List<KeyValue<Bytes, byte[]>> all = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
      it.forEachRemaining(all::add);
    }
    return all;
  }

  private int bandBits(long simhash, int band) {
    // Bands as even as 64 bits allow: the first (64 % bands) bands are one bit wider.
    int base = 64 / bands;
    int wider = 64 % bands;
    int start = band * base + Math.min(band, wider);
    int width = base + (band < wider ? 1 : 0);
    return (int) ((simhash >>> start) & ((1L << width) - 1));
  }

  private static Bytes bandKey(int band, int bits, long simhash) {
    return Bytes.wrap(ByteBuffer.allocate(12).put(BAND).put((byte) band).putShort((short) bits).putLong(simhash).array());
  }

  private static Bytes hashKey(long simhash) {
    return Bytes.wrap(ByteBuffer.allocate(9).put(HASH).putLong(simhash).array());
  }

  private static Bytes timeKey(long atMillis, long simhash) {
    return Bytes.wrap(ByteBuffer.allocate(17).put(TIME).putLong(atMillis).putLong(simhash).array());
  }

  private static String clusterOf(byte[] entry) {
    return HEX.formatHex(entry, 8, 24);
  }
}
