package dev.newsflow.ingest.crawl;

import java.util.Arrays;

/**
 * What the fetcher keeps per accepted URL besides the URL itself (which waits in the {@link
 * Frontier}): the caller's context, its batch, the source's delay and the attempts so far, in
 * parallel arrays indexed by an int handle, so an accepted URL costs about 24 bytes here and no
 * object of its own. Handles are reused once released. Thread-safe.
 */
final class Slots<B> {
  private Object[] contexts = new Object[0];
  private Object[] batches = new Object[0];
  private long[] minDelayNanos = new long[0];
  private int[] attempts = new int[0];
  private int[] nextFree = new int[0];
  private int made;
  private int free = -1;
  private int inUse;

  synchronized int claim(Object context, B batch, long minDelay) {
    int handle;
    if (free >= 0) {
      handle = free;
      free = nextFree[handle];
    } else {
      if (made == contexts.length) {
        grow();
      }
      handle = made++;
    }
    contexts[handle] = context;
    batches[handle] = batch;
    minDelayNanos[handle] = minDelay;
    attempts[handle] = 0;
    inUse++;
    return handle;
  }

  synchronized void release(int handle) {
    contexts[handle] = null;
    batches[handle] = null;
    nextFree[handle] = free;
    free = handle;
    inUse--;
  }

  synchronized Object context(int handle) {
    return contexts[handle];
  }

  @SuppressWarnings("unchecked")
  synchronized B batch(int handle) {
    return (B) batches[handle];
  }

  synchronized long minDelayNanos(int handle) {
    return minDelayNanos[handle];
  }

  synchronized int attempts(int handle) {
    return attempts[handle];
  }

  /** Counts one more attempt; returns the new count. */
  synchronized int attempt(int handle) {
    return ++attempts[handle];
  }

  synchronized int inUse() {
    return inUse;
  }

  private void grow() {
    int capacity = Math.max(64, contexts.length * 2);
    contexts = Arrays.copyOf(contexts, capacity);
    batches = Arrays.copyOf(batches, capacity);
    minDelayNanos = Arrays.copyOf(minDelayNanos, capacity);
    attempts = Arrays.copyOf(attempts, capacity);
    nextFree = Arrays.copyOf(nextFree, capacity);
  }
}
