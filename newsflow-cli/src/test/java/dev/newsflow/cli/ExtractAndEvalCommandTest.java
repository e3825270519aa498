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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
  void extractReadsPdfAndWordFilesOfAFolderLikePages() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(dir.resolve("release.docx"))) {
      doc.getProperties().getCoreProperties().setTitle("Tram line extended");
      doc.createParagraph().createRun().setText(PARAGRAPH);
      doc.write(o);
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.newLineAtOffset(60, 720);
        text.showText("The council voted on Tuesday to extend the tram line.");
        text.endText();
      }
      doc.save(dir.resolve("statement.pdf").toFile());
    }
    Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

    assertThat(run("extract", dir.toString(), "--out", dir.resolve("out").toString())).isZero();

    JsonNode docx = Json.mapper().readTree(dir.resolve("out").resolve("release.json").toFile());
    assertThat(docx.path("title").asText()).isEqualTo("Tram line extended");
    assertThat(docx.path("text").asText()).isEqualTo(PARAGRAPH);
    JsonNode pdf = Json.mapper().readTree(dir.resolve("out").resolve("statement.json").toFile());
    assertThat(pdf.path("text").asText()).isEqualTo("The council voted on Tuesday to extend the tram line.");
    assertThat(dir.resolve("out").resolve("photo.json")).doesNotExist();
  }

  @Test
  void extractRefusesAnImageFileWithItsReason() throws IOException {
    Path png = dir.resolve("photo.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

    assertThat(run("extract", png.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("photo.png", "unsupported-type");
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
