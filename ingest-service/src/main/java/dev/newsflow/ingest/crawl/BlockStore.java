package dev.newsflow.ingest.crawl;

import java.util.Arrays;

/**
 * Fixed-size byte blocks carved out of large pages, linked into chains by int pointers: the
 * storage under the {@link Frontier}'s per-host queues. A block costs its bytes plus one int, with
 * no object header of its own, and freed blocks are reused before new pages are made.
 *
 * <p>Pages are kept once made (bounded by the frontier's byte limit), so the heap a frontier holds
 * is its peak, not its current size. Not thread-safe: the frontier guards it.
 */
final class BlockStore {
  static final int BLOCK_BYTES = 128;
  private static final int BLOCK_SHIFT = 7;
  private static final int PAGE_BLOCKS = 512; // 64 KiB pages
  private static final int PAGE_SHIFT = 9;

  private byte[][] pages = new byte[0][];
  private int pageCount;
  private int[] next = new int[0];
  private int made;
  private int free = -1;
  private int inUse;

  /** A block, empty of meaning, linked to nothing. */
  int allocate() {
    int block;
    if (free >= 0) {
      block = free;
      free = next[block];
    } else {
      if (made == pageCount * PAGE_BLOCKS) {
        addPage();
      }
      block = made++;
    }
    next[block] = -1;
    inUse++;
    return block;
  }

  void free(int block) {
    next[block] = free;
    free = block;
    inUse--;
  }

  void link(int from, int to) {
    next[from] = to;
  }

  int next(int block) {
    return next[block];
  }

  void put(int block, int offset, byte value) {
    pages[block >>> PAGE_SHIFT][((block & (PAGE_BLOCKS - 1)) << BLOCK_SHIFT) + offset] = value;
  }

  byte get(int block, int offset) {
    return pages[block >>> PAGE_SHIFT][((block & (PAGE_BLOCKS - 1)) << BLOCK_SHIFT) + offset];
  }

  int blocksInUse() {
    return inUse;
  }

  /** Heap held by the pages and the link table. */
  long reservedBytes() {
    return (long) pageCount * PAGE_BLOCKS * BLOCK_BYTES + 4L * next.length + 4L * pages.length;
  }

  private void addPage() {
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, Math.max(4, pageCount * 2));
    }
    pages[pageCount++] = new byte[PAGE_BLOCKS * BLOCK_BYTES];
    if (next.length < pageCount * PAGE_BLOCKS) {
      next = Arrays.copyOf(next, Math.max(PAGE_BLOCKS, next.length * 2));
    }
  }
}
