package dev.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyTest {

  @Property(tries = 500)
  void backoffDoublesUpToTheCapAndJitterKeepsItBetweenHalfAndAll(
      @ForAll @IntRange(min = 1, max = 100) int failedAttempts,
      @ForAll @LongRange(min = 0, max = 10_000) long baseMillis,
      @ForAll @LongRange(min = 0, max = 600_000) long extraMillis,
      @ForAll long seed) {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(baseMillis), Duration.ofMillis(baseMillis + extraMillis), Duration.ZERO);
    // base * 2^(attempts-1), capped, in exact arithmetic (a zero base stays zero however many attempts)
    long nominal = java.math.BigInteger.valueOf(baseMillis).shiftLeft(failedAttempts - 1)
        .min(java.math.BigInteger.valueOf(baseMillis + extraMillis)).longValueExact();

    Duration backoff = policy.backoff(failedAttempts, new SplittableRandom(seed));

    assertThat(backoff.toMillis()).isBetween(nominal / 2, nominal);
  }

  @Property(tries = 50)
  void jitterSpreadsRetriesOfUrlsThatFailedTogether(@ForAll long seed) {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ZERO);
    SplittableRandom random = new SplittableRandom(seed);
    long distinct = java.util.stream.IntStream.range(0, 20)
        .mapToObj(i -> policy.backoff(1, random)).distinct().count();
    assertThat(distinct).isGreaterThan(1);
  }
}
