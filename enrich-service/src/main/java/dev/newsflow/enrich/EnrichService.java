package dev.newsflow.enrich;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.common.ops.Health;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich-service application: the {@link EnrichTopology} running in Kafka Streams with
 * exactly-once processing ({@code exactly_once_v2}).
 *
 * <pre>{@code
 * try (EnrichService service = new EnrichService(KafkaSettings.fromEnvironment(), EnrichSettings.local(dir))) {
 *   service.start(Duration.ofMinutes(1));
 *   ...
 * }
 * }</pre>
 *
 * <p>A stream thread that dies of an unexpected exception is logged and replaced, so one bad moment
 * does not stop the service; records that cannot be read or enriched never get that far, they
 * become dead letters.
 */
public final class EnrichService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

  /** How long {@link #close()} waits for the stream threads to finish and commit. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Transactions commit this often, which bounds the latency seen by read_committed consumers.
   * Kafka's own default under exactly-once; set here so it cannot silently become the 30 s of
   * at-least-once.
   */
  static final int COMMIT_INTERVAL_MS = 100;

  private final KafkaSettings kafka;
  private final TopicNames topics;
  private final EnrichSettings settings;
  private final Topology topology;
  private final CompletableFuture<Void> running = new CompletableFuture<>();
  private final Object lock = new Object();
  private KafkaStreams streams; // guarded by lock; created by start() so nothing connects before
  private boolean started; // guarded by lock
  private boolean closed; // guarded by lock
  private volatile Throwable lastThreadFailure;

  /** A service with the default {@link Enricher} (loads the language models, about 1.5 s). */
  public EnrichService(KafkaSettings kafka, TopicNames topics, EnrichSettings settings) {
    this(kafka, topics, settings, Enricher.withDefaults(Clock.systemUTC(), settings.entityLanguages(), settings.entityMisc()), Clock.systemUTC());
  }

  /**
   * A service with the given enricher; {@code clock} stamps dead letters. Nothing connects to
   * Kafka before {@link #start(Duration)}.
   */
  public EnrichService(KafkaSettings kafka, TopicNames topics, EnrichSettings settings, Enricher enricher, Clock clock) {
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.topics = Objects.requireNonNull(topics, "topics");
    this.topology = EnrichTopology.build(topics, enricher, clock);
  }

  /**
   * Creates the newsflow topics that are missing, starts processing and waits until the
   * application is {@code RUNNING}.
   *
   * @throws TimeoutException when the topics cannot be listed or created, or the application is
   *     not running, within {@code timeout}
   * @throws IllegalStateException when the application stops in {@code ERROR} (or is closed) while
   *     starting, or when it was started before. After any failure, {@link #close()} the service;
   *     it cannot be started again.
   */
  public void start(Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      if (started || closed) {
        throw new IllegalStateException("enrich-service was started or closed before");
      }
      started = true;
    }
    log.info("starting enrich-service {} with {}", settings.applicationId(), kafka);
    Admin admin = Admin.create(kafka.toProperties());
    try {
      Topics.ensureExist(admin, topics.specs(), settings.replicationFactor(), timeout);
    } catch (TimeoutException e) {
      throw timeout("topics could not be checked or created", timeout, e);
    } finally {
      // Zero: after a failure, calls may still be retrying against an unreachable broker and a
      // plain close() would wait for them; after success nothing is pending.
      admin.close(Duration.ZERO);
    }
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("enrich-service was closed while starting");
      }
      streams = new KafkaStreams(topology, streamsProperties(kafka, settings));
      streams.setStateListener(this::onStateChange);
      streams.setUncaughtExceptionHandler(e -> {
        lastThreadFailure = e;
        log.error("stream thread failed, replacing it", e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
      });
      streams.start();
    }
    try {
      running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw timeout("not RUNNING, state " + state(), timeout, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * The Streams state: {@code CREATED} before {@link #start(Duration)}, {@code RUNNING} while
   * working, {@code NOT_RUNNING} after {@link #close()}.
   */
  public KafkaStreams.State state() {
    synchronized (lock) {
      if (streams != null) {
        return streams.state();
      }
      return closed ? KafkaStreams.State.NOT_RUNNING : KafkaStreams.State.CREATED;
    }
  }

  /**
   * Live unless Kafka Streams stopped in error (or stopped without being asked to); ready only
   * while {@code RUNNING}: a rebalance or a restore makes it not ready for a while.
   */
  public Health health() {
    KafkaStreams.State state = state();
    boolean stoppedByUs;
    synchronized (lock) {
      stoppedByUs = closed;
    }
    String detail = "streams " + state;
    return switch (state) {
      case RUNNING -> Health.up(detail);
      case CREATED, REBALANCING, PENDING_SHUTDOWN -> Health.starting(detail);
      case NOT_RUNNING -> stoppedByUs ? Health.starting(detail) : Health.down(detail);
      case PENDING_ERROR, ERROR -> Health.down(detail);
    };
  }

  /**
   * Kafka Streams' own client and thread metrics (processing rates, commit latency, consumer lag)
   * in the Prometheus text format; empty before {@link #start(Duration)}.
   */
  public String metricsText() {
    KafkaStreams current;
    synchronized (lock) {
      current = streams;
    }
    return current == null ? "" : StreamsMetricsText.format(current.metrics());
  }

  /** Stops processing and waits up to {@link #DEFAULT_CLOSE_TIMEOUT}. */
  @Override
  public void close() {
    close(DEFAULT_CLOSE_TIMEOUT);
  }

  /**
   * Stops processing, committing what was processed, and waits up to {@code timeout}.
   *
   * @return whether all threads stopped in time
   */
  public boolean close(Duration timeout) {
    KafkaStreams toClose;
    synchronized (lock) {
      closed = true;
      toClose = streams;
    }
    if (toClose == null) {
      running.completeExceptionally(new IllegalStateException("enrich-service was closed"));
      return true;
    }
    boolean clean = toClose.close(timeout);
    if (!clean) {
      log.warn("enrich-service did not stop within {}", timeout);
    }
    return clean;
  }

  private void onStateChange(KafkaStreams.State now, KafkaStreams.State before) {
    log.info("enrich-service {} -> {}", before, now);
    if (now == KafkaStreams.State.RUNNING) {
      running.complete(null);
    } else if (now == KafkaStreams.State.ERROR
        || now == KafkaStreams.State.PENDING_SHUTDOWN
        || now == KafkaStreams.State.NOT_RUNNING) {
      Throwable cause = lastThreadFailure;
      running.completeExceptionally(new IllegalStateException(
          "enrich-service stopped in state " + now
              + (cause == null ? "" : " after a stream thread failed: " + cause),
          cause));
    }
  }

  private TimeoutException timeout(String what, Duration timeout, Exception cause) {
    TimeoutException e = new TimeoutException("enrich-service did not start within " + timeout + ": " + what
        + " (bootstrap servers " + kafka.bootstrapServers().orElse("not set") + ")");
    e.initCause(cause);
    return e;
  }

  /**
   * The Streams configuration: the service's defaults, then the Kafka client settings (which may
   * override the defaults, e.g. {@code commit.interval.ms}), then what the service guarantees and
   * no client setting may change (exactly-once, application id, state directory, threads,
   * replication).
   */
  static Properties streamsProperties(KafkaSettings kafka, EnrichSettings settings) {
    Properties p = new Properties();
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.toString(COMMIT_INTERVAL_MS));
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    p.putAll(kafka.asMap());
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toAbsolutePath().toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(settings.streamThreads()));
    // Streams takes -1 for "the broker's default.replication.factor".
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG,
        settings.replicationFactor() == 0 ? "-1" : Short.toString(settings.replicationFactor()));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
    return p;
  }
}
