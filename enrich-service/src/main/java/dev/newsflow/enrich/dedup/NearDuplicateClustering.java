package dev.newsflow.enrich.dedup;

import dev.newsflow.common.article.EnrichedArticle;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The near-duplicate clustering step of a Streams topology: each enriched article gets the cluster
 * of the nearest recent article within {@link NearDuplicateSettings#maxDistance()} bits of SimHash,
 * or a cluster of its own.
 *
 * <pre>{@code
 * enriched.processValues(NearDuplicateClustering.processor(NearDuplicateSettings.defaults()))
 * }</pre>
 *
 * <p>The index lives in a persistent key-value store, {@value #STORE}, logged to a changelog topic,
 * so it survives restarts and moves with its task, and its updates commit in the same transaction
 * as the output under exactly-once. The index is per task: articles that should meet must reach the
 * same task, which the caller arranges (e.g. by repartitioning to one partition).
 */
public final class NearDuplicateClustering {
  /** Name of the state store (and so of its changelog topic, {@code <application.id>-STORE-changelog}). */
  public static final String STORE = "near-duplicate-index";

  private NearDuplicateClustering() {}

  /** The processor, with its store attached. */
  public static FixedKeyProcessorSupplier<String, EnrichedArticle, EnrichedArticle> processor(
      NearDuplicateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new FixedKeyProcessorSupplier<>() {
      @Override
      public FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> get() {
        return new NearDuplicateProcessor(settings);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STORE), Serdes.Bytes(), Serdes.ByteArray()));
      }
    };
  }
}
