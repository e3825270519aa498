package dev.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.json.Json;
import dev.newsflow.ingest.source.SourceConfig;

/**
 * The bundled sample news site, served on a loopback port: an RSS feed and a few article pages in
 * several languages and charsets, with the navigation, share bars and other boilerplate real
 * pages have. Used by {@code newsflow demo} and the end-to-end tests.
 *
 * <p>Pages are served as {@code text/html} without a charset parameter, like many older news
 * sites, so decoding has to find the charset in the page itself.
 */
public final class DemoSite implements AutoCloseable {
  static final String RESOURCE_ROOT = "/dev/newsflow/cli/demo/site/";
  private static final String BASE_PLACEHOLDER = "{{BASE}}";
  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "xml", "application/rss+xml; charset=utf-8",
      "html", "text/html",
      "txt", "text/plain; charset=utf-8",
      "json", "application/json");

  private final HttpServer server;
  private final ExecutorService executor;

  private DemoSite(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the site on a free loopback port. */
  public static DemoSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    DemoSite site = new DemoSite(server, executor);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  /** The site's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUrl() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort());
  }

  /**
   * The outlets of the sample site, as {@code sources.json} next to the pages describes them: each
   * with its own feed and time zone.
   */
  public List<SourceConfig> sources() {
    try {
      JsonNode root = Json.mapper().readTree(resource("sources.json"));
      List<SourceConfig> sources = new ArrayList<>();
      for (JsonNode s : root.path("sources")) {
        sources.add(new SourceConfig(
            new Source(s.path("id").asText(), s.path("name").asText(), s.path("country").asText()),
            List.of(baseUrl().resolve("/" + s.path("feed").asText())),
            List.of(),
            ZoneId.of(s.path("timeZone").asText()),
            s.path("language").asText()));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException("bundled sources.json is unreadable", e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String name = path.equals("/robots.txt") ? "robots.txt" : path.substring(1);
      if (!name.matches("[A-Za-z0-9._-]+") || !"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = resource(name);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      if (extension.equals("xml")) {
        body = new String(body, StandardCharsets.UTF_8)
            .replace(BASE_PLACEHOLDER, baseUrl().toString())
            .getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The bytes of a bundled file, exactly as stored (charset untouched), or null. */
  static byte[] resource(String name) {
    try (InputStream in = DemoSite.class.getResourceAsStream(RESOURCE_ROOT + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
