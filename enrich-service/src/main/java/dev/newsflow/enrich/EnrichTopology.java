package dev.newsflow.enrich;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.dedup.NearDuplicateClustering;
import dev.newsflow.enrich.dedup.NearDuplicateSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich-service topology: {@code news.articles} → {@link Enricher} → near-duplicate
 * clustering → {@code news.articles.enriched}, with every record that cannot be read or enriched
 * sent to {@code news.deadletter} instead of stopping the application.
 *
 * <p>Values are read as raw bytes and parsed inside the processor, so a malformed record becomes a
 * dead letter (stage {@value #STAGE}) carrying its topic, partition, offset, key and payload.
 * Enriched records are keyed by article id.
 *
 * <p>Two sub-topologies: enrichment runs in as many tasks as {@code news.articles} has partitions;
 * its output then goes through an internal repartition topic of one partition ({@value
 * #NEAR_DUPLICATES}) to a single clustering task, so syndicated copies meet in one index whichever
 * partitions they came in on. Clustering costs a few store lookups per article, far less than
 * enrichment, so the single task does not limit throughput before enrichment does; the price is
 * one more hop through Kafka (one more commit interval of latency).
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

  /**
   * Name of the internal repartition topic to the clustering task: {@code
   * <application.id>-near-duplicates-repartition}, one partition.
   */
  public static final String NEAR_DUPLICATES = "near-duplicates";

  static final String SOURCE = "articles";
  static final String PROCESSOR = "enrich";
  static final String ROUTE = "route-";
  static final String ENRICHED_SINK = "enriched";
  static final String DEAD_LETTER_SINK = "dead-letters";

  private EnrichTopology() {}

  /** The topology with {@link NearDuplicateSettings#defaults()}. */
  public static Topology build(TopicNames topics, Enricher enricher, Clock clock) {
    return build(topics, enricher, clock, NearDuplicateSettings.defaults());
  }

  /**
   * Builds the topology.
   *
   * @param topics the topics to read and write
   * @param enricher shared by all stream threads, so it must be thread-safe
   * @param clock stamps dead letters
   * @param nearDuplicates how articles are clustered
   */
  public static Topology build(
      TopicNames topics, Enricher enricher, Clock clock, NearDuplicateSettings nearDuplicates) {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(enricher, "enricher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    StreamsBuilder builder = new StreamsBuilder();
    Map<String, KStream<String, Object>> routes = builder
        .stream(topics.articles(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(SOURCE))
        .process(() -> new EnrichProcessor(enricher, clock), Named.as(PROCESSOR))
        .split(Named.as(ROUTE))
        .branch((key, value) -> value instanceof DeadLetter, Branched.as(DEAD_LETTER_SINK))
        .defaultBranch(Branched.as(ENRICHED_SINK));
    routes.get(ROUTE + DEAD_LETTER_SINK)
        .mapValues(value -> (DeadLetter) value, Named.as("as-dead-letter"))
        .to(topics.deadLetter(),
            Produced.with(Serdes.String(), JsonSerde.deadLetter()).withName(DEAD_LETTER_SINK));
    routes.get(ROUTE + ENRICHED_SINK)
        .mapValues(value -> (EnrichedArticle) value, Named.as("as-enriched"))
        .repartition(Repartitioned.with(Serdes.String(), JsonSerde.enrichedArticle())
            .withName(NEAR_DUPLICATES)
            .withNumberOfPartitions(1))
        .processValues(NearDuplicateClustering.processor(nearDuplicates), Named.as("near-duplicate-clustering"))
        .to(topics.enriched(),
            Produced.with(Serdes.String(), JsonSerde.enrichedArticle()).withName(ENRICHED_SINK));
    return builder.build();
  }
}
