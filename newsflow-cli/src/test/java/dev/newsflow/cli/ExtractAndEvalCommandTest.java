package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractAndEvalCommandTest {
  static final String PARAGRAPH =
      "The council voted on Tuesday to extend the tram line, a decision that took three years, "
          + "two public hearings and a great many letters from residents to reach.";
  static final String PAGE = "<html><head><title>Tram line extended</title></head><body>"
      + "<nav><a href=/>Home</a></nav><article><h1>Tram line extended</h1><p>" + PARAGRAPH + "</p><p>"
      + PARAGRAPH + "</p></article><footer>Share on Facebook</footer></body></html>";

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = Newsflow.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  void gzip(Path file, String html) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void extractPrintsOneJsonLinePerPageOfAFolder() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    gzip(dir.resolve("b.html.gz"), PAGE);
    Files.writeString(dir.resolve("notes.txt"), "not a page");

    assertThat(run("extract", dir.toString())).isZero();

    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = Json.mapper().readTree(lines[0]);
    assertThat(first.path("source").asText()).endsWith("a.html");
    assertThat(first.path("title").asText()).isEqualTo("Tram line extended");
    assertThat(first.path("text").asText()).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH);
  }

  @Test
  void extractWritesNamedJsonFilesIntoOut() throws IOException {
    gzip(dir.resolve("in").resolve("tram.html.gz"), PAGE);
    Path target = dir.resolve("out");

    assertThat(run("extract", dir.resolve("in").toString(), "--out", target.toString())).isZero();

    assertThat(Json.mapper().readTree(target.resolve("tram.json").toFile()).path("text").asText())
        .contains("tram line");
  }

  @Test
  void extractReportsAPageWithoutTextByReasonAndExitsOne() throws IOException {
    Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav></body></html>");
    assertThat(run("extract", dir.resolve("empty.html").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("empty.html", "no-content");
  }

  @Test
  void extractFetchesPublicAddressesOnlySoALoopbackUrlIsRefused() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tram";
      assertThat(run("extract", url)).isEqualTo(1);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString()).contains(url);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void evalExtractionPrintsTheTableAndWritesPredictions() throws IOException {
    Path set = dir.resolve("data").resolve("tiny");
    gzip(set.resolve("pages").resolve("p1.html.gz"), PAGE);
    Files.writeString(set.resolve("truth.jsonl"),
        "{\"id\":\"p1\",\"url\":\"https://news.example/tram\",\"title\":\"Tram line extended\",\"lang\":\"en\","
            + "\"with\":[\"" + PARAGRAPH + "\"],\"without\":[\"Share on Facebook\"]}\n");
    Path predictions = dir.resolve("pred");

    assertThat(run("eval", "extraction", "--dataset", set.toString(), "--predictions", predictions.toString()))
        .isZero();

    assertThat(out.toString()).contains("tiny", "snippets").containsPattern("tiny +en +snippets +1 +0 +1\\.000 +1\\.000 +1\\.000");
    assertThat(err.toString()).contains("1/1 pages");
    assertThat(Files.readString(predictions.resolve("p1.txt"))).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH);
    assertThat(Json.mapper().readTree(predictions.resolve("p1.json").toFile()).path("title").asText())
        .isEqualTo("Tram line extended");
  }
}
