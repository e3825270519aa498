package dev.newsflow.enrich;

import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.TopicNames;
import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * The enrich-service topology: {@code news.articles} → {@link Enricher} → {@code
 * news.articles.enriched}, with every record that cannot be read or enriched sent to {@code
 * news.deadletter} instead of stopping the application.
 *
 * <p>Values are read as raw bytes and parsed inside the processor, so a malformed record becomes a
 * dead letter (stage {@value #STAGE}) carrying its topic, partition, offset, key and payload.
 * Enriched records are keyed by article id.
 */
public final class EnrichTopology {
  /** The {@code stage} of every dead letter this topology writes. */
  public static final String STAGE = "enrich";

  /** Dead-letter reason: the value is not a valid article (bad JSON, missing or invalid fields). */
  public static final String REASON_UNDESERIALISABLE = "undeserialisable";

  /** Dead-letter reason: the record has no value (a tombstone). */
  public static final String REASON_NO_VALUE = "no-value";

  /** Dead-letter reason: the article was read but enriching it threw. */
  public static final String REASON_ENRICHMENT_FAILED = "enrichment-failed";

  static final String SOURCE = "articles";
  static final String PROCESSOR = "enrich";
  static final String ENRICHED_SINK = "enriched";
  static final String DEAD_LETTER_SINK = "dead-letters";

  private EnrichTopology() {}

  /**
   * Builds the topology.
   *
   * @param topics the topics to read and write
   * @param enricher shared by all stream threads, so it must be thread-safe
   * @param clock stamps dead letters
   */
  public static Topology build(TopicNames topics, Enricher enricher, Clock clock) {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(enricher, "enricher");
    Objects.requireNonNull(clock, "clock");
    Topology topology = new Topology();
    topology.addSource(
        SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topics.articles());
    topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(enricher, clock), SOURCE);
    topology.addSink(
        ENRICHED_SINK,
        topics.enriched(),
        Serdes.String().serializer(),
        JsonSerde.enrichedArticle().serializer(),
        PROCESSOR);
    topology.addSink(
        DEAD_LETTER_SINK,
        topics.deadLetter(),
        Serdes.String().serializer(),
        JsonSerde.deadLetter().serializer(),
        PROCESSOR);
    return topology;
  }
}
