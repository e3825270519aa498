package dev.newsflow.ingest.state;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Records by URL in memory, bounded: beyond {@code capacity} the least recently used go. Of two
 * records for one URL the later ({@link CrawlRecord#at()}) wins, so a record read back from the
 * topic never undoes a newer one written meanwhile.
 */
final class LocalRecords {
  private final Map<String, CrawlRecord> byUrl;

  LocalRecords(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1");
    }
    this.byUrl = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CrawlRecord> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized CrawlRecord get(String url) {
    return byUrl.get(url);
  }

  synchronized void put(CrawlRecord record) {
    CrawlRecord known = byUrl.get(record.url());
    if (known == null || !record.at().isBefore(known.at())) {
      byUrl.put(record.url(), record);
    }
  }

  synchronized void remove(String url) {
    byUrl.remove(url);
  }

  /** Forgets the records {@code which} selects, e.g. those of hosts handed to another instance. */
  synchronized int removeIf(Predicate<CrawlRecord> which) {
    int removed = 0;
    for (Iterator<CrawlRecord> it = byUrl.values().iterator(); it.hasNext(); ) {
      if (which.test(it.next())) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  synchronized int size() {
    return byUrl.size();
  }
}
