package dev.newsflow.ingest.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.common.json.Json;
import java.io.IOException;

/** Crawl records as the JSON the crawl-state topic holds. */
public final class CrawlRecords {
  private CrawlRecords() {}

  public static byte[] toJson(CrawlRecord record) {
    try {
      return Json.mapper().writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write crawl record " + record.url(), e);
    }
  }

  /** Reads one record; anything that is not a valid record is refused with a reason code. */
  public static CrawlRecord fromJson(byte[] json) throws CrawlRecordFormatException {
    if (json == null || json.length == 0) {
      throw new CrawlRecordFormatException("empty crawl record", null);
    }
    try {
      CrawlRecord record = Json.mapper().readValue(json, CrawlRecord.class);
      if (record == null) {
        throw new CrawlRecordFormatException("null crawl record", null);
      }
      return record;
    } catch (IOException | RuntimeException e) {
      throw new CrawlRecordFormatException("not a crawl record: " + e.getMessage(), e);
    }
  }
}
