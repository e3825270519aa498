package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and enriches one article per record and forwards the {@link EnrichedArticle}, or a {@link
 * DeadLetter} when either step fails.
 *
 * <p>Output values are of two types, so the processor's output value type is {@code Object}; the
 * topology routes them by type.
 */
final class EnrichProcessor implements Processor<String, byte[], String, Object> {
  private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);

  private final Enricher enricher;
  private final Clock clock;
  private final JsonSerde<Article> articles = JsonSerde.article();
  private ProcessorContext<String, Object> context;

  EnrichProcessor(Enricher enricher, Clock clock) {
    this.enricher = enricher;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    byte[] value = record.value();
    if (value == null) {
      deadLetter(record, EnrichTopology.REASON_NO_VALUE, "record has no value", null);
      return;
    }
    Article article;
    try {
      article = articles.deserialize(origin(record).topic(), value);
    } catch (SerializationException e) {
      deadLetter(record, EnrichTopology.REASON_UNDESERIALISABLE, e.getMessage(), e);
      return;
    }
    if (article == null) {
      deadLetter(record, EnrichTopology.REASON_UNDESERIALISABLE, "value is the JSON literal null", null);
      return;
    }
    EnrichedArticle enriched;
    try {
      enriched = enricher.enrich(article);
    } catch (RuntimeException e) {
      deadLetter(record, EnrichTopology.REASON_ENRICHMENT_FAILED, e.toString(), e);
      return;
    }
    context.forward(record.withKey(enriched.id()).<Object>withValue(enriched));
  }

  private void deadLetter(Record<String, byte[]> record, String reason, String detail, Exception cause) {
    DeadLetter.Origin origin = origin(record);
    String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    DeadLetter letter = DeadLetter.forRecord(EnrichTopology.STAGE, reason, detail, origin, payload, clock.instant());
    // The stack trace only at debug: a flood of poison records must not flood the log as well.
    log.warn("dead letter {} for {}-{}@{} key={}: {}",
        reason, origin.topic(), origin.partition(), origin.offset(), origin.key(), detail);
    if (cause != null) {
      log.debug("cause of dead letter at {}-{}@{}", origin.topic(), origin.partition(), origin.offset(), cause);
    }
    context.forward(record.<Object>withValue(letter));
  }

  private DeadLetter.Origin origin(Record<String, byte[]> record) {
    // Metadata is absent only for records a punctuator made up; this processor has none.
    return context.recordMetadata()
        .map(m -> new DeadLetter.Origin(m.topic(), m.partition(), m.offset(), record.key()))
        .orElseGet(() -> new DeadLetter.Origin(null, -1, -1L, record.key()));
  }
}
