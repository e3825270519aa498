package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
  private static final ModelSpec SPANISH = CoreNlpModels.forLanguage("es").orElseThrow();

  private static CommandRun newsflow(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void fetchDownloadsTheModelFromTheRepositoryAndListShowsItCached(@TempDir Path cache) throws IOException {
    byte[] model = "a Spanish CRF model".getBytes(StandardCharsets.UTF_8);
    HttpServer server = serving("/maven2/" + SPANISH.artifactPath(), jarWith(SPANISH.entry(), model));
    try {
      String repository = "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2";

      CommandRun fetch = newsflow("models", "fetch", "es", "--models", cache.toString(), "--model-repository", repository);
      CommandRun again = newsflow("models", "fetch", "es", "--models", cache.toString(), "--model-repository", repository);
      CommandRun list = newsflow("models", "list", "--models", cache.toString(), "--model-repository", repository);

      assertThat(fetch.exit()).as(fetch.err()).isZero();
      assertThat(fetch.out()).contains("es", "fetched");
      assertThat(again.out()).contains("cached");
      assertThat(Files.readAllBytes(cache.resolve(SPANISH.cacheName()))).isEqualTo(model);
      assertThat(list.out()).containsPattern("es\\s+cached").containsPattern("en\\s+missing");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void fetchFailsWithTheReasonWhenTheRepositoryHasNoSuchJar(@TempDir Path cache) throws IOException {
    HttpServer server = serving("/elsewhere/", new byte[0]);
    try {
      CommandRun fetch = newsflow("models", "fetch", "de", "--models", cache.toString(),
          "--model-repository", "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2");

      assertThat(fetch.exit()).isEqualTo(1);
      assertThat(fetch.err()).contains("de", "not-found");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnknownLanguageIsAUsageError(@TempDir Path cache) {
    CommandRun fetch = newsflow("models", "fetch", "xx", "--models", cache.toString());

    assertThat(fetch.exit()).isEqualTo(2);
    assertThat(fetch.err()).contains("no model for language 'xx'");
  }

  private static HttpServer serving(String path, byte[] body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // no Range support: the simplest server there is
    server.createContext(path, exchange -> {
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }

  private static byte[] jarWith(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
    }
    return bytes.toByteArray();
  }
}
