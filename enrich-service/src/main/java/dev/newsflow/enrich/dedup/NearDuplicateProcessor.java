package dev.newsflow.enrich.dedup;

import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.NearDuplicate;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts each enriched article into its near-duplicate cluster and evicts old fingerprints. */
final class NearDuplicateProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
  private static final Logger log = LoggerFactory.getLogger(NearDuplicateProcessor.class);

  private final NearDuplicateSettings settings;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;
  private ClusterIndex index;

  NearDuplicateProcessor(NearDuplicateSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    KeyValueStore<Bytes, byte[]> store = context.getStateStore(NearDuplicateClustering.STORE);
    this.index = new ClusterIndex(store, settings);
    context.schedule(settings.evictionInterval(), PunctuationType.WALL_CLOCK_TIME, this::evict);
  }

  @Override
  public void process(FixedKeyRecord<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    // The fingerprint is the enricher's; records from older writers lack it and get one here.
    long simhash = article.nearDuplicate() == null
        ? SimHash.of(article.article().text())
        : article.nearDuplicate().simhashBits();
    NearDuplicate cluster = index.assign(article.id(), simhash, article.enrichedAt());
    context.forward(record.withValue(article.withNearDuplicate(cluster)));
  }

  private void evict(long now) {
    int evicted = index.evictBefore(Instant.ofEpochMilli(now).minus(settings.window()));
    if (evicted > 0) {
      log.info("evicted {} near-duplicate fingerprints older than {}", evicted, settings.window());
    }
  }
}
