package dev.newsflow.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on loopback whose routes misbehave the way real servers do. */
final class NastyServer implements AutoCloseable {
  static final String HTML = "<!doctype html><html><head><title>Hello</title></head>"
      + "<body><p>Zhōngguó 中国</p></body></html>";
  static final long ONE_GIB = 1L << 30;
  static final String ETAG = "\"v1\"";
  static final String LAST_MODIFIED = "Tue, 07 Feb 2012 08:23:00 GMT";

  private final HttpServer server;
  private final ServerSocket liar;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicLong bombBytesGenerated = new AtomicLong();

  NastyServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
    liar = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::lie);
  }

  /**
   * A URL whose server promises a 100-byte body, sends 10 bytes and hangs up: the JDK's server
   * cannot be made to do that, so it is a raw socket.
   */
  URI shortBodyUrl() {
    return URI.create("http://127.0.0.1:" + liar.getLocalPort() + "/short-body");
  }

  private void lie() {
    while (!liar.isClosed()) {
      try (Socket s = liar.accept()) {
        BufferedReader request = new BufferedReader(
            new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        while ((line = request.readLine()) != null && !line.isEmpty()) {
          // Skip the request headers.
        }
        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
            + "Content-Length: 100\r\n\r\n0123456789").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
      } catch (IOException e) {
        // Closed, or the client gave up; either way, next.
      }
    }
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  int totalHits() {
    return hits.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  long bombBytesGenerated() {
    return bombBytesGenerated.get();
  }

  @Override
  public void close() {
    server.stop(0);
    try {
      liar.close();
    } catch (IOException ignored) {
      // Best effort in a test.
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (ex) {
      route(ex, path);
    } catch (IOException | InterruptedException e) {
      // The client hung up, which several routes are meant to provoke.
    }
  }

  private void route(HttpExchange ex, String path) throws IOException, InterruptedException {
    if (path.startsWith("/redirect/")) {
      int n = Integer.parseInt(path.substring("/redirect/".length()));
      if (n == 0) {
        send(ex, 200, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8));
      } else {
        redirect(ex, 302, "/redirect/" + (n - 1));
      }
      return;
    }
    switch (path) {
      case "/html" -> send(ex, 200, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8));
      case "/echo-headers" -> {
        StringBuilder sb = new StringBuilder();
        ex.getRequestHeaders().forEach((k, v) -> sb.append(k.toLowerCase()).append(": ")
            .append(String.join(",", v)).append('\n'));
        send(ex, 200, "text/plain", sb.toString().getBytes(StandardCharsets.UTF_8));
      }
      case "/empty" -> {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, -1);
      }
      case "/status/404" -> send(ex, 404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
      case "/status/500" -> send(ex, 500, "text/html", "<h1>Oops</h1>".getBytes(StandardCharsets.UTF_8));
      case "/status/300-without-location" -> send(ex, 300, "text/html", new byte[0]);
      case "/loop/a" -> redirect(ex, 301, "/loop/b");
      case "/loop/b" -> redirect(ex, 308, "/loop/a#fragment-does-not-hide-a-loop");
      case "/relative-redirect" -> redirect(ex, 303, "html");
      case "/to-metadata" -> redirect(ex, 302, "http://169.254.169.254/latest/meta-data/");
      case "/to-private" -> redirect(ex, 307, "http://10.0.0.1/admin");
      case "/to-mapped-loopback" -> redirect(ex, 302,
          "http://[::ffff:127.0.0.1]:" + port() + "/html");
      case "/to-file" -> redirect(ex, 302, "file:///etc/passwd");
      case "/to-garbage" -> redirect(ex, 302, "http://exa mple.com/%%zz");
      case "/huge-declared" -> {
        ex.sendResponseHeaders(200, 100L * 1024 * 1024);
        streamZeros(ex.getResponseBody(), 100L * 1024 * 1024, null);
      }
      case "/huge-chunked" -> {
        ex.sendResponseHeaders(200, 0);
        streamZeros(ex.getResponseBody(), 100L * 1024 * 1024, null);
      }
      case "/gzip" -> {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = new GZIPOutputStream(ex.getResponseBody())) {
          out.write(HTML.getBytes(StandardCharsets.UTF_8));
        }
      }
      case "/deflate-zlib", "/deflate-raw" -> {
        ex.getResponseHeaders().set("Content-Encoding", "deflate");
        ex.sendResponseHeaders(200, 0);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, path.endsWith("raw"));
        try (OutputStream out = new DeflaterOutputStream(ex.getResponseBody(), deflater)) {
          out.write(HTML.getBytes(StandardCharsets.UTF_8));
        } finally {
          deflater.end();
        }
      }
      case "/gzip-bomb" -> {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, 0);
        // Compressed as it is sent: a gigabyte of zeros never exists in memory on either side.
        try (OutputStream out = new GZIPOutputStream(ex.getResponseBody(), 64 * 1024)) {
          streamZeros(out, ONE_GIB, bombBytesGenerated);
        }
      }
      case "/brotli" -> {
        ex.getResponseHeaders().set("Content-Encoding", "br");
        ex.sendResponseHeaders(200, 4);
        ex.getResponseBody().write(new byte[] {1, 2, 3, 4});
      }
      case "/slow-drip" -> {
        ex.sendResponseHeaders(200, 1000);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < 1000; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      }
      case "/slow-headers" -> {
        Thread.sleep(30_000);
        send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
      }
      case "/etag" -> {
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
        ex.getResponseHeaders().set("ETag", ETAG);
        ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        if (ETAG.equals(ifNoneMatch) || LAST_MODIFIED.equals(ifModifiedSince)) {
          ex.sendResponseHeaders(304, -1);
        } else {
          send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        }
      }
      default -> send(ex, 404, "text/plain", "no such route".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    ex.getResponseBody().write(body);
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(status, -1);
  }

  private static void streamZeros(OutputStream out, long total, AtomicLong counter)
      throws IOException {
    byte[] zeros = new byte[64 * 1024];
    for (long sent = 0; sent < total; sent += zeros.length) {
      out.write(zeros);
      if (counter != null) {
        counter.addAndGet(zeros.length);
      }
    }
  }
}
