package dev.newsflow.enrich.entities.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
  private static final String MODEL_ENTRY = "edu/example/models/ner/model.crf.ser.gz";
  private static final String STORED_ENTRY = "edu/example/models/ner/stored.bin";

  @TempDir Path cache;

  private HttpServer server;
  private byte[] jar;
  private byte[] model;
  private byte[] stored;
  private final AtomicLong bytesServed = new AtomicLong();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void startServer() throws IOException {
    Random random = new Random(42);
    // compressible but not trivial, so the deflated entry is a few hundred KB
    model = new byte[600_000];
    for (int i = 0; i < model.length; i++) {
      model[i] = (byte) ('a' + random.nextInt(6));
    }
    stored = new byte[5_000];
    random.nextBytes(stored);
    byte[] filler = new byte[2_000_000];
    random.nextBytes(filler);
    jar = zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes()), filler);

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ranged/", exchange -> serveRanges(exchange, jar, false));
    server.createContext("/plain/", exchange -> send(exchange, 200, jar, jar.length, null));
    server.createContext("/corrupt/", exchange -> serveRanges(exchange, corrupted(jar), false));
    server.createContext("/truncated/", exchange -> serveRanges(exchange, jar, true));
    server.createContext("/notzip/", exchange -> serveRanges(exchange, new byte[100_000], false));
    server.createContext("/stalled/", this::serveThenStall);
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void fetchesOnlyTheModelEntryWithRangeRequests() throws IOException {
    ModelStore store = store();

    Path path = store.ensure(spec("ranged", MODEL_ENTRY));

    assertThat(Files.readAllBytes(path)).isEqualTo(model);
    assertThat(path).isEqualTo(cache.resolve("test-1/model.crf.ser.gz"));
    assertThat(bytesServed.get()).isLessThan(jar.length / 2);
  }

  @Test
  void fetchesAStoredEntryToo() throws IOException {
    Path path = store().ensure(spec("ranged", STORED_ENTRY));

    assertThat(Files.readAllBytes(path)).isEqualTo(stored);
  }

  @Test
  void readsTheArchiveAsAStreamWhenTheServerIgnoresRanges() throws IOException {
    Path path = store().ensure(spec("plain", MODEL_ENTRY));

    assertThat(Files.readAllBytes(path)).isEqualTo(model);
  }

  @Test
  void aCachedModelIsUsedWithoutTheNetwork() throws IOException {
    ModelStore store = store();
    Path fetched = store.ensure(spec("ranged", MODEL_ENTRY));
    server.stop(0);

    assertThat(store.ensure(spec("ranged", MODEL_ENTRY))).isEqualTo(fetched);
    assertThat(store.cached(spec("ranged", MODEL_ENTRY))).contains(fetched);
  }

  @Test
  void aCorruptEntryFailsAndLeavesNoFileBehind() throws IOException {
    assertFailsWith(store(), spec("corrupt", MODEL_ENTRY), ModelFetchException.CORRUPT);

    assertThat(filesIn(cache)).isEmpty();
  }

  @Test
  void aTransferThatBreaksOffFailsAndLeavesNoFileBehind() throws IOException {
    assertFailsWith(store(), spec("truncated", MODEL_ENTRY), ModelFetchException.CORRUPT);

    assertThat(filesIn(cache)).isEmpty();
  }

  @Test
  void aServerThatStopsSendingMidBodyFailsTheFetchInsteadOfHangingIt() throws IOException {
    ModelStore store = new ModelStore(
        cache, URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofMillis(300));

    assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertFailsWith(store, spec("stalled", MODEL_ENTRY), ModelFetchException.UNREACHABLE));
    assertThat(filesIn(cache)).isEmpty();
  }

  @Test
  void aMissingJarIsNotFound() throws IOException {
    assertFailsWith(store(), spec("missing", MODEL_ENTRY), ModelFetchException.NOT_FOUND);

    assertThat(filesIn(cache)).isEmpty();
  }

  @Test
  void aJarWithoutTheEntrySaysSo() {
    assertFailsWith(store(), spec("ranged", "edu/example/models/ner/other.gz"), ModelFetchException.NO_SUCH_ENTRY);
  }

  @Test
  void somethingThatIsNotAZipSaysSo() {
    assertFailsWith(store(), spec("notzip", MODEL_ENTRY), ModelFetchException.NOT_A_ZIP);
  }

  @Test
  void anUnreachableRepositoryExplainsHowToProvideTheModel() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ModelStore store = new ModelStore(cache, URI.create("http://127.0.0.1:" + closedPort + "/repo"));

    assertThatThrownBy(() -> store.ensure(spec("ranged", MODEL_ENTRY)))
        .isInstanceOfSatisfying(ModelFetchException.class, e -> assertThat(e.reason()).isEqualTo(ModelFetchException.UNREACHABLE))
        .hasMessageContaining("newsflow models fetch xx")
        .hasMessageContaining(ModelStore.REPOSITORY_ENV);
    assertThat(filesIn(cache)).isEmpty();
  }

  @Test
  void theEnvironmentChoosesDirectoryAndMirror() {
    ModelStore store = ModelStore.fromEnvironment(Map.of(
        ModelStore.DIRECTORY_ENV, cache.toString(), ModelStore.REPOSITORY_ENV, "https://mirror.example/maven2"));

    assertThat(store.directory()).isEqualTo(cache.toAbsolutePath());
    assertThat(store.source(CoreNlpModels.forLanguage("de").orElseThrow())).hasToString(
        "https://mirror.example/maven2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-german.jar");
    assertThat(ModelStore.fromEnvironment(Map.of()).repository()).isEqualTo(ModelStore.MAVEN_CENTRAL);
  }

  private ModelStore store() {
    return new ModelStore(cache, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  private static ModelSpec spec(String folder, String entry) {
    return new ModelSpec("xx", folder + "/models.jar", entry, "test-1/" + entry.substring(entry.lastIndexOf('/') + 1));
  }

  private static void assertFailsWith(ModelStore store, ModelSpec spec, String reason) {
    assertThatThrownBy(() -> store.ensure(spec))
        .isInstanceOfSatisfying(ModelFetchException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static java.util.List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  /** A jar: a big stored filler first, then the model (deflated) and a small stored entry, with a comment. */
  private byte[] zip(Map<String, byte[]> extra, byte[] filler) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
      }
      putStored(out, "filler.bin", filler);
      out.putNextEntry(new ZipEntry(MODEL_ENTRY));
      out.write(model);
      putStored(out, STORED_ENTRY, stored);
      out.setComment("built by a test");
    }
    return bytes.toByteArray();
  }

  private static void putStored(ZipOutputStream out, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    entry.setCrc(crc.getValue());
    out.putNextEntry(entry);
    out.write(data);
  }

  /** The jar with bytes in the middle of the deflated model entry flipped. */
  private byte[] corrupted(byte[] original) {
    byte[] copy = original.clone();
    int modelStart = indexOf(copy, MODEL_ENTRY.getBytes()) + MODEL_ENTRY.length();
    for (int i = modelStart + 20_000; i < modelStart + 20_100; i++) {
      copy[i] ^= 0x5A;
    }
    return copy;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }

  /** Answers small ranges; of a large one it sends half, then holds the connection open, silent. */
  private void serveThenStall(HttpExchange exchange) throws IOException {
    String range = exchange.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m == null || !m.matches() || m.group(1).isEmpty()) {
      serveRanges(exchange, jar, false);
      return;
    }
    long start = Long.parseLong(m.group(1));
    long end = Math.min(jar.length - 1, Long.parseLong(m.group(2)));
    if (end - start < 100_000) {
      serveRanges(exchange, jar, false);
      return;
    }
    exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + jar.length);
    exchange.sendResponseHeaders(206, end - start + 1);
    OutputStream out = exchange.getResponseBody();
    out.write(jar, (int) start, (int) (end - start + 1) / 2);
    out.flush();
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.close();
  }

  /** Answers ranges as a static file server does; {@code truncate} sends only half of a large range. */
  private void serveRanges(HttpExchange exchange, byte[] body, boolean truncate) throws IOException {
    String range = exchange.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m == null || !m.matches()) {
      send(exchange, 200, body, body.length, null);
      return;
    }
    long start;
    long end;
    if (m.group(1).isEmpty()) {
      start = Math.max(0, body.length - Long.parseLong(m.group(2)));
      end = body.length - 1;
    } else {
      start = Long.parseLong(m.group(1));
      end = m.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Long.parseLong(m.group(2)));
    }
    byte[] part = java.util.Arrays.copyOfRange(body, (int) start, (int) end + 1);
    int sent = truncate && part.length > 100_000 ? part.length / 2 : part.length;
    send(exchange, 206, part, sent, "bytes " + start + "-" + end + "/" + body.length);
  }

  private void send(HttpExchange exchange, int status, byte[] body, int length, String contentRange) throws IOException {
    if (contentRange != null) {
      exchange.getResponseHeaders().set("Content-Range", contentRange);
    }
    // a response cut short is sent chunked, so that it ends cleanly after fewer bytes than asked for
    exchange.sendResponseHeaders(status, length == body.length ? body.length : 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body, 0, length);
      bytesServed.addAndGet(length);
    } catch (IOException e) {
      // the client hung up early (the ranges-ignoring server): expected
    } finally {
      exchange.close();
    }
  }
}
