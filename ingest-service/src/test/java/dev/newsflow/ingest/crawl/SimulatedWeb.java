package dev.newsflow.ingest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several web hosts on loopback, each on its own address (127.0.0.2, 127.0.0.3, ...: the whole
 * 127/8 routes to the loopback interface on Linux). Each host logs every request as it arrives,
 * server side, so tests can check politeness from the site's point of view.
 */
public final class SimulatedWeb implements AutoCloseable {
  /** One answer: a status, headers and a body. */
  public record Response(int status, Map<String, String> headers, String body) {
    public static Response ok(String body) {
      return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), body);
    }

    public static Response status(int status) {
      return new Response(status, Map.of(), "");
    }
  }

  /** A request as the server saw it. */
  public record Hit(String host, String path, long arrivedNanos, String userAgent) {}

  /** Decides the answer; may count calls to change it over time. */
  @FunctionalInterface
  public interface Route {
    Response answer(int call);
  }

  public final class Host {
    public final String address;
    final HttpServer server;
    final Map<String, Route> routes = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile long answerAfterMillis;

    /** The most requests this host ever had in flight at once. */
    public int maxInFlight() {
      return maxInFlight.get();
    }

    /** Every answer of this host waits this long first: a slow server. */
    public void answerAfter(long millis) {
      answerAfterMillis = millis;
    }

    Host(String address) throws IOException {
      this.address = address;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/", this::handle);
      server.start();
    }

    public Host route(String path, Route route) {
      routes.put(path, route);
      return this;
    }

    public Host page(String path, String body) {
      return route(path, call -> Response.ok(body));
    }

    public Host robots(String text) {
      return route("/robots.txt", call -> new Response(200, Map.of("Content-Type", "text/plain"), text));
    }

    public URI url(String path) {
      return URI.create("http://" + address + ":" + server.getAddress().getPort() + path);
    }

    public List<Hit> hits() {
      return SimulatedWeb.this.hits.stream().filter(h -> h.host.equals(address)).toList();
    }

    public List<String> paths() {
      return hits().stream().map(Hit::path).toList();
    }

    /** The shortest time between two consecutive requests to this host, in nanoseconds. */
    public long minGapNanos() {
      List<Hit> hits = hits();
      long min = Long.MAX_VALUE;
      for (int i = 1; i < hits.size(); i++) {
        min = Math.min(min, hits.get(i).arrivedNanos - hits.get(i - 1).arrivedNanos);
      }
      return min;
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        hits.add(new Hit(address, path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        int all = inFlightEverywhere.incrementAndGet();
        maxInFlightEverywhere.accumulateAndGet(all, Math::max);
        boolean counted = true;
        try {
          if (answerAfterMillis > 0) {
            Thread.sleep(answerAfterMillis);
          }
          Route route = routes.get(path);
          int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          Response response = route == null ? Response.status(404) : route.answer(call);
          // A request stops counting before its answer goes out: once the client has the answer
          // it may send the next one, and that one must not find this handler still counted (a
          // busy machine can delay the handler's last step past the next request's arrival).
          inFlight.decrementAndGet();
          inFlightEverywhere.decrementAndGet();
          counted = false;
          response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
          byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
          if (body.length > 0) {
            exchange.getResponseBody().write(body);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          if (counted) {
            inFlight.decrementAndGet();
            inFlightEverywhere.decrementAndGet();
          }
        }
      }
    }
  }

  private static final AtomicLong NEXT_ADDRESS = new AtomicLong(2);

  final List<Hit> hits = new CopyOnWriteArrayList<>();
  final AtomicInteger inFlightEverywhere = new AtomicInteger();
  final AtomicInteger maxInFlightEverywhere = new AtomicInteger();
  private final List<Host> hosts = new ArrayList<>();

  /** A new host on the next free loopback address. */
  public Host host() throws IOException {
    long n = NEXT_ADDRESS.getAndIncrement();
    Host host = new Host("127.0." + (n / 250) + "." + (2 + n % 250));
    hosts.add(host);
    return host;
  }

  @Override
  public void close() {
    hosts.forEach(h -> h.server.stop(0));
  }
}
