package dev.newsflow.testkit;

import dev.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a test a real Kafka broker: declare a {@link KafkaBroker} parameter on a test, a
 * lifecycle method or a constructor of a class annotated with
 * {@code @ExtendWith(KafkaBrokerExtension.class)}.
 *
 * <p>Which broker, in order:
 *
 * <ol>
 *   <li>the external cluster named by the {@code KAFKA_BOOTSTRAP_SERVERS} environment variable;
 *   <li>a Testcontainers Kafka container, when a Docker engine answers within a few seconds;
 *   <li>an in-process KRaft broker ({@link EmbeddedKafkaBroker}) in a temporary directory.
 * </ol>
 *
 * <p>One broker serves the whole test JVM: it starts on first use and stops when the JVM's tests
 * are done. Tests share it, so each test uses its own topic names or prefix and consumer groups.
 */
public final class KafkaBrokerExtension implements ParameterResolver {
  private static final Logger log = LoggerFactory.getLogger(KafkaBrokerExtension.class);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
  static final String DOCKER_IMAGE = "apache/kafka-native:4.1.0";
  private static final long DOCKER_PROBE_SECONDS = 5;

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunningBroker.class, key -> startBroker(), RunningBroker.class)
        .broker();
  }

  private static RunningBroker startBroker() {
    Optional<String> external = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).filter(s -> !s.isBlank());
    if (external.isPresent()) {
      short rf = Short.parseShort(Optional.ofNullable(System.getenv("KAFKA_TEST_REPLICATION_FACTOR")).orElse("1"));
      log.info("tests use the external Kafka cluster at {}", external.get());
      return new RunningBroker(new Broker(external.get(), "external", rf), () -> {});
    }
    if (dockerAvailable()) {
      return TestcontainersBroker.start(DOCKER_IMAGE);
    }
    return startInProcess();
  }

  private static RunningBroker startInProcess() {
    // Kafka's fatal-error handlers halt the JVM, which would kill the whole test run silently.
    Exit.setHaltProcedure((status, message) -> {
      throw new IllegalStateException("Kafka asked to halt the JVM (" + status + "): " + message);
    });
    Exit.setExitProcedure((status, message) -> {
      throw new IllegalStateException("Kafka asked to exit the JVM (" + status + "): " + message);
    });
    try {
      Path data = Files.createTempDirectory("newsflow-test-kafka-");
      long started = System.nanoTime();
      EmbeddedKafkaBroker embedded = EmbeddedKafkaBroker.start(data);
      log.info("tests use an in-process Kafka broker at {} (started in {} ms)",
          embedded.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
      return new RunningBroker(new Broker(embedded.bootstrapServers(), "in-process", (short) 1), () -> {
        embedded.close();
        deleteRecursively(data);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-process Kafka broker", e);
    }
  }

  /**
   * Asks Testcontainers whether a Docker engine answers. The probe can hang for minutes when
   * DOCKER_HOST names a socket that never answers, so it runs on a daemon thread with a deadline.
   */
  static boolean dockerAvailable() {
    if ("false".equalsIgnoreCase(System.getenv("NEWSFLOW_TEST_DOCKER"))) {
      return false;
    }
    CompletableFuture<Boolean> probe = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        probe.complete(TestcontainersBroker.dockerAvailable());
      } catch (Throwable t) {
        probe.complete(false);
      }
    }, "docker-probe");
    thread.setDaemon(true);
    thread.start();
    try {
      return probe.get(DOCKER_PROBE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      log.info("no answer from a Docker engine within {} s: using the in-process broker", DOCKER_PROBE_SECONDS);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete {}: {}", root, e.toString());
    }
  }

  record Broker(String bootstrapServers, String kind, short replicationFactor) implements KafkaBroker {}

  /** A broker and how to stop it; the JUnit store closes it when the root context closes. */
  record RunningBroker(KafkaBroker broker, Runnable stop) implements AutoCloseable {
    @Override
    public void close() {
      stop.run();
    }
  }
}
