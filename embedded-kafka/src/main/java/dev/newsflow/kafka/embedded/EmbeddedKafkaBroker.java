package dev.newsflow.kafka.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft, combined broker and controller) running in this JVM.
 *
 * <p>It is a real broker built from Kafka's own server artifacts: clients talk to it over TCP on
 * a loopback port, transactions and consumer groups work, and its log directory lives on disk, so
 * a broker started again on the same directory has the same topics and records. It is sized for
 * one machine: every internal topic has one replica.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of("data/kafka"))) {
 *   String bootstrap = broker.bootstrapServers();   // e.g. 127.0.0.1:40123
 *   ...
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final int BIND_ATTEMPTS = 5;

  private final KafkaRaftServer server;
  private final Path logDirectory;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDirectory, int port) {
    this.server = server;
    this.logDirectory = logDirectory;
    this.port = port;
  }

  /**
   * Starts a broker whose data lives under {@code dataDirectory} (created if missing). A directory
   * that already holds a broker's data is reused as it is: topics and records survive restarts.
   *
   * @throws IOException when the directory cannot be used
   * @throws IllegalStateException when the broker fails to start
   */
  public static EmbeddedKafkaBroker start(Path dataDirectory) throws IOException {
    Path logDirectory = dataDirectory.toAbsolutePath().resolve("kraft-combined-logs");
    Files.createDirectories(logDirectory);
    formatIfNeeded(logDirectory);
    RuntimeException lastFailure = null;
    for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
      int brokerPort = freePort();
      int controllerPort = freePort();
      KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(brokerProperties(logDirectory, brokerPort, controllerPort), false), Time.SYSTEM);
      try {
        long started = System.nanoTime();
        server.startup();
        log.info("embedded Kafka broker listening on 127.0.0.1:{} (data in {}) after {} ms",
            brokerPort, logDirectory, (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedKafkaBroker(server, logDirectory, brokerPort);
      } catch (RuntimeException e) {
        // Another process may take a port between our probe and the broker's bind: try new ports.
        shutdownQuietly(server);
        if (!causedByBindException(e)) {
          throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        lastFailure = e;
        log.warn("port taken while starting the embedded broker (attempt {}/{}), retrying", attempt, BIND_ATTEMPTS);
      }
    }
    throw new IllegalStateException("embedded Kafka broker could not bind a port", lastFailure);
  }

  /** The {@code bootstrap.servers} value for clients of this broker. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Where the broker keeps its log (topics, records, metadata). */
  public Path logDirectory() {
    return logDirectory;
  }

  /** Stops the broker and waits until it has released its ports and files. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      long started = System.nanoTime();
      shutdownQuietly(server);
      log.info("embedded Kafka broker stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      log.warn("embedded Kafka broker did not shut down cleanly: {}", e.toString());
    }
  }

  static Properties brokerProperties(Path logDirectory, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.putAll(Map.ofEntries(
        Map.entry("process.roles", "broker,controller"),
        Map.entry("node.id", Integer.toString(NODE_ID)),
        Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
        Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort),
        Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
        Map.entry("controller.listener.names", CONTROLLER_LISTENER),
        Map.entry("inter.broker.listener.name", "PLAINTEXT"),
        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
        Map.entry("log.dirs", logDirectory.toString()),
        // One node: every internal topic has one replica, or consumer groups and transactions stall.
        Map.entry("offsets.topic.replication.factor", "1"),
        Map.entry("offsets.topic.num.partitions", "5"),
        Map.entry("transaction.state.log.replication.factor", "1"),
        Map.entry("transaction.state.log.min.isr", "1"),
        Map.entry("transaction.state.log.num.partitions", "5"),
        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
        Map.entry("share.coordinator.state.topic.min.isr", "1"),
        Map.entry("default.replication.factor", "1"),
        Map.entry("min.insync.replicas", "1"),
        Map.entry("num.partitions", "1"),
        Map.entry("group.initial.rebalance.delay.ms", "0"),
        // The log cleaner takes 128 MiB of heap by default; compacted topics here are small.
        Map.entry("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024)),
        Map.entry("auto.create.topics.enable", "false")));
    return p;
  }

  private static void formatIfNeeded(Path logDirectory) throws IOException {
    if (Files.exists(logDirectory.resolve("meta.properties"))) {
      return;
    }
    Properties config = brokerProperties(logDirectory, 0, 1);
    try {
      new Formatter()
          .setPrintStream(new PrintStream(new LogOutputStream(), true, StandardCharsets.UTF_8))
          .setClusterId(Uuid.randomUuid().toString())
          .setNodeId(NODE_ID)
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(logDirectory.toString())
          .setDirectories(Set.of(logDirectory.toString()))
          .setReleaseVersion(MetadataVersion.latestProduction())
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IOException("cannot format Kafka storage in " + logDirectory + " (" + config.getProperty("log.dirs") + "): " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static boolean causedByBindException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /** Sends the formatter's console output to the log instead of stdout. */
  private static final class LogOutputStream extends OutputStream {
    private final StringBuilder line = new StringBuilder();

    @Override
    public void write(int b) {
      if (b == '\n') {
        log.debug("kafka storage: {}", line);
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
  }
}
