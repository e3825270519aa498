package dev.newsflow.common.deadletter;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be processed, published to {@code news.deadletter} instead of being
 * dropped. One of {@code url} (a page that failed) or {@code origin} (a Kafka record that failed)
 * says what it was.
 *
 * @param stage where it failed, e.g. {@code ingest.fetch}, {@code ingest.extract}, {@code enrich}
 * @param reason a short machine-readable reason, e.g. {@code http-status}, {@code too-large},
 *     {@code undeserialisable}
 * @param detail a human-readable explanation
 * @param url the page URL, for failures on a page; else null
 * @param origin the Kafka record that failed, for failures on a record; else null
 * @param payload the failed payload (UTF-8, possibly truncated to {@link #MAX_PAYLOAD_CHARS}), or
 *     null
 * @param occurredAt when it failed
 */
public record DeadLetter(
    String stage,
    String reason,
    String detail,
    String url,
    Origin origin,
    String payload,
    Instant occurredAt) {

  /** Payloads are cut to this many characters so one huge poison record cannot clog the topic. */
  public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

  public DeadLetter {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
    detail = detail == null ? "" : detail;
    if (payload != null && payload.length() > MAX_PAYLOAD_CHARS) {
      payload = payload.substring(0, MAX_PAYLOAD_CHARS);
    }
  }

  /** Where a failed Kafka record came from. */
  public record Origin(String topic, int partition, long offset, String key) {}

  public static DeadLetter forUrl(String stage, String reason, String detail, String url, Instant at) {
    return new DeadLetter(stage, reason, detail, url, null, null, at);
  }

  public static DeadLetter forRecord(
      String stage, String reason, String detail, Origin origin, String payload, Instant at) {
    return new DeadLetter(stage, reason, detail, null, origin, payload, at);
  }
}
