package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

class CapturesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mixed.warc", "mixed.warc.gz"})
  void onlyHtmlPagesServedWithStatus200AndHtmlResourcesArePages(String name, @TempDir Path dir) throws IOException {
    Path file = dir.resolve(name);
    TestWarc.writeMixed(file);

    assertThat(classify(file, 1 << 20)).containsExactly(
        "skip warcinfo",
        "skip request",
        "page https://news.example.org/2024/03/harbour.html text/html; charset=utf-8",
        "page https://www.xinwen.example.cn/2024/03/05/rail.html text/html; charset=GBK",
        "page https://quotidien.example.fr/societe/navettes.html text/html",
        "page https://shimbun.example.jp/news/20240305/sakura.html text/html; charset=Shift_JIS",
        "skip unsupported-type",
        "skip http-status",
        "skip http-status",
        "skip revisit",
        "page https://news.example.org/ text/html; charset=utf-8",
        "page https://news.example.org/2024/03/council.html text/html;charset=utf-8");
  }

  @Test
  void pageKeepsTheCaptureTimeAndTheBytesAsServed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.warc.gz");
    byte[] body = TestWarc.englishArticle("Harbour reopens after storm");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response("https://news.example.org/a.html", 200, "text/html", body);
    }
    try (WarcReader reader = new WarcReader(file)) {
      Capture capture = Captures.of(reader.next().orElseThrow(), 1 << 20);
      assertThat(capture).isInstanceOf(Capture.Page.class);
      Capture.Page page = (Capture.Page) capture;
      assertThat(page.fetchedAt()).isEqualTo(TestWarc.CAPTURED);
      assertThat(page.body()).isEqualTo(body);
    }
  }

  @Test
  void pageLargerThanTheLimitIsRefusedAsTooLarge(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.response("https://news.example.org/big.html", 200, "text/html",
          ("<html><body><p>" + "x".repeat(5000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(classify(file, 1000)).containsExactly("refused https://news.example.org/big.html too-large");
  }

  @Test
  void dnsAndOtherNonWebRecordsAreSkippedAsNotHttp(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dns.warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.resource("dns:news.example.org", "text/dns", "20240305101530\nnews.example.org. 300 IN A 192.0.2.1\n"
          .getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(classify(file, 1000)).containsExactly("skip not-http");
  }

  @ParameterizedTest(name = "{0} / identified {1} -> {2}")
  @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
      text/html                           | null            | true
      TEXT/HTML; charset=ISO-8859-1       | null            | true
      application/xhtml+xml               | null            | true
      text/plain                          | text/html       | false
      application/pdf                     | null            | true
      application/msword                  | null            | true
      application/vnd.openxmlformats-officedocument.wordprocessingml.document | null | true
      image/jpeg                          | null            | false
      application/javascript              | text/html       | false
      null                                | text/html       | true
      null                                | application/pdf | true
      null                                | image/png       | false
      null                                | null            | true
      'text/html;;charset=utf-8'          | null            | true
      """)
  void readableTypeIsJudgedByTheServedTypeThenByTheArchiversGuess(String served, String identified, boolean readable) {
    Optional<MediaType> guess = Optional.ofNullable(identified).map(MediaType::parse);
    assertThat(Captures.isReadable(served, guess)).isEqualTo(readable);
  }

  private static List<String> classify(Path file, int maxBytes) throws IOException {
    List<String> outcomes = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        outcomes.add(switch (Captures.of(record, maxBytes)) {
          case Capture.Skip skip -> "skip " + skip.reason();
          case Capture.Refused refused -> "refused " + refused.url() + " " + refused.reason();
          case Capture.Page page -> "page " + page.url() + " " + page.contentType();
        });
      }
    }
    return outcomes;
  }
}
