package dev.newsflow.enrich;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the enrich-service Streams application (Kafka client settings are separate, in
 * {@link dev.newsflow.common.kafka.KafkaSettings}).
 *
 * @param applicationId Streams application id, which is also the consumer group and the prefix of
 *     internal topics; {@value #DEFAULT_APPLICATION_ID} when null or blank. Instances with the
 *     same id share the work.
 * @param stateDir local directory for Streams state; one per instance on a machine
 * @param streamThreads stream threads of this instance (at most one per input partition is busy)
 * @param replicationFactor replication of the topics this service creates (its own and the Streams
 *     internal ones): 1 on a single broker, 3 in production, 0 for the cluster's default
 * @param entityLanguages languages (ISO 639-1) whose named-entity engine is switched on (see {@link
 *     dev.newsflow.enrich.entities.EntityRecognizers#available()}: en, de, fr, es with Stanford
 *     CoreNLP, zh with HanLP); none when empty. A CoreNLP language whose model is not in the model
 *     cache has it fetched on first use. The command line's default, when the operator names no
 *     language, is {@link dev.newsflow.enrich.entities.EntityRecognizers#defaultLanguages the
 *     languages whose model is already cached}: fetching ({@code newsflow models fetch}) is the
 *     operator's decision to switch a language on; Chinese stays opt-in (entity F1 about 55-59)
 * @param entityMisc whether misc entities (events, products, nationalities) are found besides
 *     persons, organisations and locations; off saves English its second model, about half the
 *     CPU time of English entity recognition (see {@link
 *     dev.newsflow.enrich.entities.EntityRecognizers#available(dev.newsflow.enrich.entities.models.ModelStore,
 *     boolean)})
 */
public record EnrichSettings(
    String applicationId, Path stateDir, int streamThreads, short replicationFactor, Set<String> entityLanguages,
    boolean entityMisc) {
  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  /** Settings with no entity engine switched on. */
  public EnrichSettings(String applicationId, Path stateDir, int streamThreads, short replicationFactor) {
    this(applicationId, stateDir, streamThreads, replicationFactor, Set.of());
  }

  /** Settings with entity engines for {@code entityLanguages}, misc entities included. */
  public EnrichSettings(
      String applicationId, Path stateDir, int streamThreads, short replicationFactor, Set<String> entityLanguages) {
    this(applicationId, stateDir, streamThreads, replicationFactor, entityLanguages, true);
  }

  public EnrichSettings {
    applicationId = applicationId == null || applicationId.isBlank() ? DEFAULT_APPLICATION_ID : applicationId.strip();
    Objects.requireNonNull(stateDir, "stateDir");
    if (streamThreads < 1) {
      throw new IllegalArgumentException("streamThreads must be >= 1, was " + streamThreads);
    }
    entityLanguages = entityLanguages == null ? Set.of() : Set.copyOf(entityLanguages);
    if (replicationFactor < 0) {
      throw new IllegalArgumentException("replicationFactor must be >= 0 (0: the cluster's default), was " + replicationFactor);
    }
  }

  /** The default application id, one stream thread, replication 1: for a single local broker. */
  public static EnrichSettings local(Path stateDir) {
    return new EnrichSettings(DEFAULT_APPLICATION_ID, stateDir, 1, (short) 1);
  }
}
