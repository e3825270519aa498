package dev.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ingest.state.HostKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A news site on one loopback address that answers conditional GETs as real servers do: every
 * page carries an ETag derived from its body, and a request whose If-None-Match names the current
 * ETag gets 304. Every request is logged server side, with the crawler's User-Agent.
 */
final class ConditionalSite implements AutoCloseable {
  /** A request as the site saw it. */
  record Hit(String path, String userAgent, String ifNoneMatch, int status) {}

  private record Page(String contentType, byte[] body) {}

  private final String address;
  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

  ConditionalSite(String address) throws IOException {
    this.address = address;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves an article page at {@code path}. */
  ConditionalSite article(String path, String title, String... paragraphs) {
    StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>").append(title)
        .append(" - Example Times</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
        .append(title).append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><footer>Copyright Example Times</footer></body></html>");
    pages.put(path, new Page("text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Serves an RSS feed at {@code path} listing {@code items} (path → title) in order. */
  ConditionalSite feed(String path, Map<String, String> items) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>");
    items.forEach((link, title) -> rss.append("<item><title>").append(title).append("</title><link>")
        .append(url(link)).append("</link></item>"));
    rss.append("</channel></rss>");
    pages.put(path, new Page("application/rss+xml", rss.toString().getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Answers the next {@code times} requests for {@code path} with 503 (a transient failure). */
  ConditionalSite failNext(String path, int times) {
    failuresLeft.put(path, new java.util.concurrent.atomic.AtomicInteger(times));
    return this;
  }

  URI url(String path) {
    return URI.create("http://" + address + ":" + server.getAddress().getPort() + path);
  }

  /** The host key ingest partitions this site by. */
  String hostKey() {
    return HostKey.of(url("/"));
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  /** The requests for {@code path}. */
  List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  /** Requests other than robots.txt (which every new crawler instance reads once). */
  List<Hit> pageHits() {
    return hits.stream().filter(h -> !h.path().equals("/robots.txt")).toList();
  }

  void forgetHits() {
    hits.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
      var failures = failuresLeft.get(path);
      if (failures != null && failures.getAndDecrement() > 0) {
        hits.add(new Hit(path, userAgent, ifNoneMatch, 503));
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      Page page = pages.get(path);
      if (page == null) {
        hits.add(new Hit(path, userAgent, ifNoneMatch, 404));
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(page.body())) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ifNoneMatch)) {
        hits.add(new Hit(path, userAgent, ifNoneMatch, 304));
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      hits.add(new Hit(path, userAgent, ifNoneMatch, 200));
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      exchange.sendResponseHeaders(200, page.body().length);
      exchange.getResponseBody().write(page.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
