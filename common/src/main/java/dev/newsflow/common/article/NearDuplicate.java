package dev.newsflow.common.article;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Where an article stands among near-duplicates: syndicated copies of one story, under different
 * URLs and with slightly different boilerplate, share a cluster.
 *
 * @param clusterId stable id of the near-duplicate cluster: the id of the first article seen in it
 *     (an article that matches nothing seen before starts a cluster under its own id)
 * @param simhash 64-bit SimHash of the article's normalised text, as 16 lower-case hex digits;
 *     copies differ in a few bits at most
 */
public record NearDuplicate(String clusterId, String simhash) {
  public NearDuplicate {
    if (!ArticleId.isValid(clusterId)) {
      throw new IllegalArgumentException("clusterId is not an article id: " + clusterId);
    }
    Objects.requireNonNull(simhash, "simhash");
    if (!simhash.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("simhash must be 16 lower-case hex digits, was: " + simhash);
    }
  }

  /** A cluster id and the SimHash bits. */
  public static NearDuplicate of(String clusterId, long simhash) {
    return new NearDuplicate(clusterId, HexFormat.of().toHexDigits(simhash));
  }

  /** The SimHash as its 64 bits. */
  public long simhashBits() {
    return Long.parseUnsignedLong(simhash, 16);
  }
}
