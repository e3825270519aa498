package dev.newsflow.ingest.state;

import dev.newsflow.common.ops.Health;
/** Every host owned, records in this process only. */
final class InMemoryCrawlState implements CrawlState {
  private final LocalRecords records;

  InMemoryCrawlState(int capacity) {
    this.records = new LocalRecords(capacity);
  }

  @Override
  public void awaitReady() {
    // Nothing to wait for: there is no one to share hosts with.
  }

  @Override
  public Health health() {
    return Health.up("crawl state in memory");
  }

  @Override
  public boolean owns(String host) {
    return true;
  }

  @Override
  public CrawlRecord get(String url) {
    return records.get(url);
  }

  @Override
  public void put(CrawlRecord record) {
    records.put(record);
  }

  @Override
  public void close() {}
}
