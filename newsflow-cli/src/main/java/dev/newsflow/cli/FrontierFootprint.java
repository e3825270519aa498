package dev.newsflow.cli;

import dev.newsflow.ingest.crawl.Frontier;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.util.function.IntFunction;

/**
 * The heap a {@link Frontier} of many queued URLs holds: heap in use after a forced collection,
 * before and after queuing them, while the frontier is still reachable.
 *
 * @param urls URLs queued
 * @param hosts hosts they were spread over
 * @param heapBefore heap in use before, in bytes
 * @param heapAfter heap in use after, in bytes
 * @param encodedBytes the frontier's own count of its encoded bytes
 */
record FrontierFootprint(int urls, int hosts, long heapBefore, long heapAfter, long encodedBytes) {

  double bytesPerUrl() {
    return (heapAfter - heapBefore) / (double) urls;
  }

  double encodedBytesPerUrl() {
    return encodedBytes / (double) urls;
  }

  /** Queues {@code urls} URLs, {@code url.apply(i)} for i = 0.., into a fresh frontier and measures. */
  static FrontierFootprint measure(int urls, int hosts, IntFunction<URI> url) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = heapAfterCollection(memory);
    Frontier frontier = new Frontier(urls, Long.MAX_VALUE);
    for (int i = 0; i < urls; i++) {
      if (!frontier.offer(url.apply(i), i)) {
        throw new IllegalStateException("the frontier refused URL " + i);
      }
    }
    long after = heapAfterCollection(memory);
    long encoded = frontier.bytes();
    Reference.reachabilityFence(frontier);
    return new FrontierFootprint(urls, hosts, before, after, encoded);
  }

  private static long heapAfterCollection(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    // A few rounds: one collection may leave garbage that a finalisation step frees only later.
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
