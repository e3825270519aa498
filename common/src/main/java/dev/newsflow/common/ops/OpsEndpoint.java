package dev.newsflow.common.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint of a service: {@code GET /metrics} (Prometheus text format), {@code GET
 * /health/live} and {@code GET /health/ready} (200 when true, 503 when not, with a small JSON body
 * saying why). Bind it to loopback unless a scraper or a probe on another machine needs it: the
 * metrics name every configured source and host.
 */
public final class OpsEndpoint implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsEndpoint.class);

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsEndpoint(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving on {@code address} (port 0 picks a free one).
   *
   * @param metrics the metrics in Prometheus text format, asked for on every scrape
   * @param health the service's health, asked for on every probe
   */
  public static OpsEndpoint start(InetSocketAddress address, Supplier<String> metrics, Supplier<Health> health) {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(health, "health");
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve on " + address + ": " + e.getMessage(), e);
    }
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "ops-endpoint");
      t.setDaemon(true);
      return t;
    });
    server.createContext("/metrics", exchange -> answer(exchange, () -> new Answer(200, Prometheus.CONTENT_TYPE,
        metrics.get())));
    server.createContext("/health/live", exchange -> answer(exchange, () -> probe(health.get(), Health::live)));
    server.createContext("/health/ready", exchange -> answer(exchange, () -> probe(health.get(), Health::ready)));
    server.setExecutor(executor);
    server.start();
    log.info("metrics and health at http://{}:{}/", server.getAddress().getHostString(), server.getAddress().getPort());
    return new OpsEndpoint(server, executor);
  }

  /** Where it listens. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private record Answer(int status, String contentType, String body) {}

  private static Answer probe(Health health, Predicate<Health> question) {
    boolean up = question.test(health);
    String body = Json.write(Map.of("status", up ? "UP" : "DOWN", "detail", health.detail()));
    return new Answer(up ? 200 : 503, "application/json", body + "\n");
  }

  private static void answer(HttpExchange exchange, Supplier<Answer> answer) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Answer a;
      try {
        a = answer.get();
      } catch (RuntimeException e) {
        log.warn("{} failed: {}", exchange.getRequestURI().getPath(), e.toString());
        a = new Answer(500, "text/plain; charset=utf-8", "error: " + e.getMessage() + "\n");
      }
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", a.contentType());
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(a.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
