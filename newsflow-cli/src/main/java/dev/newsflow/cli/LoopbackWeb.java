package dev.newsflow.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A simulated web for the crawl benchmark: many hosts, each on its own loopback address
 * (127.77.x.y; all of 127/8 is loopback on Linux) with one port, served by one thread over
 * non-blocking sockets, so a thousand hosts cost one thread. Each host answers {@code /robots.txt}
 * (everything allowed) and {@link #articlePath article paths} (a small article page), HTTP/1.1 with
 * keep-alive, and counts what it is asked, server side: requests per host, their first and last
 * arrival and the shortest gap between two of them.
 */
final class LoopbackWeb implements AutoCloseable {
  private static final byte[] ROBOTS = response("200 OK", "text/plain; charset=utf-8",
      "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII));
  private static final byte[] NOT_FOUND = response("404 Not Found", "text/plain; charset=utf-8",
      "not found\n".getBytes(StandardCharsets.US_ASCII));
  private static final String FILLER = "The council met on Tuesday to discuss the budget for the coming year. "
      .repeat(12);
  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  private static final String ARTICLE_PREFIX = "/news/2026/11/29/council-meets-to-discuss-the-budget-for-the-coming-year-";

  /** What one connection has read and still has to write. */
  private static final class Connection {
    final int host;
    final ByteBuffer in = ByteBuffer.allocate(MAX_REQUEST_BYTES);
    ByteBuffer out;

    Connection(int host) {
      this.host = host;
    }
  }

  private final Selector selector;
  private final List<ServerSocketChannel> servers = new ArrayList<>();
  private final InetSocketAddress[] addresses;
  private final long[] firstArrival;
  private final long[] lastArrival;
  private final int[] requestsAt;
  private final Thread thread;
  private volatile long requests;
  private volatile long robotsRequests;
  private long minGapNanos = Long.MAX_VALUE;
  private volatile boolean closed;

  LoopbackWeb(int hosts) throws IOException {
    if (hosts < 1 || hosts > 250 * 256) {
      throw new IllegalArgumentException("hosts must be in 1.." + 250 * 256);
    }
    selector = Selector.open();
    addresses = new InetSocketAddress[hosts];
    firstArrival = new long[hosts];
    lastArrival = new long[hosts];
    requestsAt = new int[hosts];
    try {
      for (int i = 0; i < hosts; i++) {
        ServerSocketChannel server = ServerSocketChannel.open();
        servers.add(server);
        server.bind(new InetSocketAddress(address(i), 0), 1024);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT, i);
        addresses[i] = (InetSocketAddress) server.getLocalAddress();
      }
    } catch (IOException e) {
      closeChannels();
      throw new IOException("cannot open " + hosts + " loopback servers (127.77.x.y): " + e.getMessage(), e);
    }
    thread = Thread.ofPlatform().name("newsflow-bench-web").daemon().start(this::serve);
  }

  /** The address of host {@code i}: 127.77.(i / 250).(1 + i % 250). */
  static InetAddress address(int i) throws IOException {
    return InetAddress.getByAddress(new byte[] {127, 77, (byte) (i / 250), (byte) (1 + i % 250)});
  }

  int hosts() {
    return addresses.length;
  }

  URI url(int host, String path) {
    InetSocketAddress a = addresses[host];
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + path);
  }

  URI article(int host, int page) {
    return url(host, articlePath(page));
  }

  /** The path of article {@code page}: as long as a typical news URL's (about 75 bytes). */
  static String articlePath(int page) {
    return ARTICLE_PREFIX + page + ".html";
  }

  /** Requests answered so far, robots.txt included. */
  long requests() {
    return requests;
  }

  long robotsRequests() {
    return robotsRequests;
  }

  /** CPU time of the serving thread. */
  long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.threadId());
  }

  /**
   * The sum over hosts of each host's request rate between its first and its last request: what
   * a crawl achieved in the steady state, to compare with the sum of 1 / delay. Read it after
   * {@link #close}.
   */
  double steadyRequestsPerSecond() {
    double sum = 0;
    for (int i = 0; i < requestsAt.length; i++) {
      if (requestsAt[i] > 1) {
        sum += (requestsAt[i] - 1) / ((lastArrival[i] - firstArrival[i]) / 1e9);
      }
    }
    return sum;
  }

  /** The shortest time between two requests to one host; read it after {@link #close}. */
  long minGapNanos() {
    return minGapNanos;
  }

  /** Requests host {@code i} answered; read it after {@link #close}. */
  int requestsAt(int i) {
    return requestsAt[i];
  }

  private void serve() {
    while (!closed) {
      try {
        selector.select();
      } catch (IOException e) {
        return;
      }
      for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
        SelectionKey key = it.next();
        it.remove();
        try {
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept(key);
          } else if (key.isWritable()) {
            flush(key);
          } else if (key.isReadable()) {
            read(key);
          }
        } catch (IOException | RuntimeException e) {
          drop(key);
        }
      }
    }
  }

  private void accept(SelectionKey key) throws IOException {
    SocketChannel client = ((ServerSocketChannel) key.channel()).accept();
    if (client != null) {
      client.configureBlocking(false);
      client.setOption(StandardSocketOptions.TCP_NODELAY, true);
      client.register(selector, SelectionKey.OP_READ, new Connection((Integer) key.attachment()));
    }
  }

  private void read(SelectionKey key) throws IOException {
    Connection c = (Connection) key.attachment();
    if (((SocketChannel) key.channel()).read(c.in) < 0) {
      drop(key);
      return;
    }
    answer(key, c);
  }

  /** Answers the complete requests in the buffer, one at a time, pausing while a write is pending. */
  private void answer(SelectionKey key, Connection c) throws IOException {
    while (c.out == null) {
      int end = headerEnd(c.in);
      if (end < 0) {
        if (!c.in.hasRemaining()) {
          drop(key); // a request head larger than we accept
        }
        return;
      }
      byte[] reply = reply(c.host, requestPath(c.in));
      c.in.flip().position(end);
      c.in.compact();
      c.out = ByteBuffer.wrap(reply);
      flush(key);
    }
  }

  private void flush(SelectionKey key) throws IOException {
    Connection c = (Connection) key.attachment();
    ((SocketChannel) key.channel()).write(c.out);
    if (c.out.hasRemaining()) {
      key.interestOps(SelectionKey.OP_WRITE);
      return;
    }
    c.out = null;
    if (key.interestOps() != SelectionKey.OP_READ) {
      key.interestOps(SelectionKey.OP_READ);
      answer(key, c);
    }
  }

  private byte[] reply(int host, String path) {
    long now = System.nanoTime();
    if (requestsAt[host] == 0) {
      firstArrival[host] = now;
    } else {
      minGapNanos = Math.min(minGapNanos, now - lastArrival[host]);
    }
    lastArrival[host] = now;
    requestsAt[host]++;
    requests++;
    if (path.equals("/robots.txt")) {
      robotsRequests++;
      return ROBOTS;
    }
    if (path.startsWith(ARTICLE_PREFIX) && path.endsWith(".html")) {
      String page = path.substring(ARTICLE_PREFIX.length(), path.length() - ".html".length());
      String title = "Article " + page + " of host " + host;
      String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
          + "</title></head><body><article><h1>" + title + "</h1><p>" + FILLER + "</p><p>" + FILLER
          + "</p></article></body></html>";
      return response("200 OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
    return NOT_FOUND;
  }

  private static byte[] response(String status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** The offset just past the first blank line in the buffer's content, or -1. */
  private static int headerEnd(ByteBuffer in) {
    byte[] b = in.array();
    for (int i = 3; i < in.position(); i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The path of the request line {@code GET /path HTTP/1.1}, without the query. */
  private static String requestPath(ByteBuffer in) {
    byte[] b = in.array();
    int start = 0;
    while (start < in.position() && b[start] != ' ') {
      start++;
    }
    int end = start + 1;
    while (end < in.position() && b[end] != ' ' && b[end] != '?' && b[end] != '\r') {
      end++;
    }
    return start + 1 >= end ? "" : new String(b, start + 1, end - start - 1, StandardCharsets.US_ASCII);
  }

  private static void drop(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException ignored) {
      // Closing a broken connection; nothing else to do.
    }
  }

  private void closeChannels() {
    for (ServerSocketChannel server : servers) {
      try {
        server.close();
      } catch (IOException ignored) {
        // Shutting down.
      }
    }
    try {
      selector.close();
    } catch (IOException ignored) {
      // Shutting down.
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (closed) {
      return;
    }
    closed = true;
    selector.wakeup();
    thread.join();
    for (SelectionKey key : List.copyOf(selector.keys())) {
      drop(key);
    }
    closeChannels();
  }
}
