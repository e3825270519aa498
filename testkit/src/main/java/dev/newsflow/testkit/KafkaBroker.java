package dev.newsflow.testkit;

/** A running Kafka broker a test can talk to. */
public interface KafkaBroker {
  /** The {@code bootstrap.servers} value for clients. */
  String bootstrapServers();

  /** Where the broker comes from: {@code external}, {@code testcontainers} or {@code in-process}. */
  String kind();

  /**
   * Replication factor for topics a test creates: 1 for a test broker, and what the external
   * cluster wants otherwise ({@code KAFKA_TEST_REPLICATION_FACTOR}, default 1).
   */
  short replicationFactor();
}
