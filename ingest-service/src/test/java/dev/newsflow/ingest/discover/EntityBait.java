package dev.newsflow.ingest.discover;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that hands out an entity definition to any parser that asks: hostile
 * fixtures point their external entities and DTDs at it ({@code {{port}}}), and a safe parser
 * never calls it.
 */
final class EntityBait {
  /** Parses the prepared document; refusing it with the parser's own exception is fine. */
  @FunctionalInterface
  interface Parse {
    void parse(byte[] document) throws Exception;
  }

  private EntityBait() {}

  /** How many requests the parser made while parsing {@code fixture} with its port filled in. */
  static int requestsWhileParsing(String fixture, Parse parse) throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      byte[] body = "<!ENTITY leak \"pwned\">".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      byte[] document = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8)
          .replace("{{port}}", String.valueOf(server.getAddress().getPort()))
          .getBytes(StandardCharsets.UTF_8);
      try {
        parse.parse(document);
      } catch (DiscoveryException expected) {
        // Refusing is fine; reaching out is not.
      } catch (Exception e) {
        throw new AssertionError("the parser failed with something other than its own exception", e);
      }
      return requests.get();
    } finally {
      server.stop(0);
    }
  }
}
