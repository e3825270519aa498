package dev.newsflow.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPartitionerTest {
  /** Pinned: a change here moves hosts between instances and strands their crawl state. */
  @ParameterizedTest
  @CsvSource({
      "www.chinadaily.com.cn, 6, 1",
      "www.chinadaily.com.cn, 12, 7",
      "www.bbc.co.uk, 6, 2",
      "127.0.0.1:8081, 6, 4",
      "example.org, 6, 3",
      "example.org, 12, 9"})
  void partitionOfAHostNeverChanges(String host, int partitions, int expected) {
    assertThat(HostPartitioner.partition(host, partitions)).isEqualTo(expected);
  }

  @Property
  void everyHostHasAPartitionInRange(@ForAll String host, @ForAll @IntRange(min = 1, max = 1000) int partitions) {
    assertThat(HostPartitioner.partition(host, partitions)).isBetween(0, partitions - 1);
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void noPartitionsIsRefused(int partitions) {
    assertThatThrownBy(() -> HostPartitioner.partition("example.org", partitions))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
