package dev.newsflow.ingest.state;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which crawl-state partition holds a host: {@code toPositive(murmur2(utf8(host))) mod partitions},
 * the hash Kafka's default partitioner uses for keys. It depends on nothing but the host key and
 * the partition count, so every instance and every version agrees on it; changing the topic's
 * partition count moves hosts (and strands their old records), so do not.
 */
public final class HostPartitioner {
  private HostPartitioner() {}

  /** The partition of {@code host} (a {@link HostKey}) among {@code partitions}. */
  public static int partition(String host, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1");
    }
    return Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
