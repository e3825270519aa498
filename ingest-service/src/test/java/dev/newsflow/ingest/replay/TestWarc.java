package dev.newsflow.ingest.replay;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes WARC files for tests with jwarc's writer, the way crawlers write them (gzip: one member
 * per record, as Common Crawl does).
 */
final class TestWarc implements AutoCloseable {
  static final Instant CAPTURED = Instant.parse("2024-03-05T10:15:30Z");

  private final WarcWriter writer;
  private int records;

  private TestWarc(Path file, boolean gzip) throws IOException {
    this.writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  static TestWarc create(Path file) throws IOException {
    return new TestWarc(file, file.getFileName().toString().endsWith(".gz"));
  }

  int records() {
    return records;
  }

  TestWarc warcinfo() throws IOException {
    writer.write(new Warcinfo.Builder().date(CAPTURED)
        .fields(java.util.Map.of("software", List.of("newsflow tests"))).build());
    records++;
    return this;
  }

  TestWarc response(String url, int status, String contentType, byte[] body) throws IOException {
    return response(url, status, contentType, body, CAPTURED);
  }

  TestWarc response(String url, int status, String contentType, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parseLeniently(contentType), body)
        .setHeader("Content-Type", contentType)
        .build();
    writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
    records++;
    return this;
  }

  TestWarc request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
        .addHeader("Host", URI.create(url).getHost())
        .addHeader("User-Agent", "newsflow-tests")
        .build();
    writer.write(new WarcRequest.Builder(URI.create(url)).date(CAPTURED).body(http).build());
    records++;
    return this;
  }

  TestWarc revisit(String url) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
    writer.write(new WarcRevisit.Builder(URI.create(url))
        .date(CAPTURED)
        .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"), URI.create(url), CAPTURED)
        .body(http)
        .build());
    records++;
    return this;
  }

  TestWarc resource(String url, String contentType, byte[] body) throws IOException {
    writer.write(new WarcResource.Builder(URI.create(url)).date(CAPTURED)
        .body(MediaType.parse(contentType), body).build());
    records++;
    return this;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** An article page: headline, date line, three paragraphs, navigation and footer around them. */
  static byte[] article(String title, String lang, String metaCharset, List<String> paragraphs, Charset charset) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head>");
    if (metaCharset != null) {
      html.append("<meta charset=\"").append(metaCharset).append("\">");
    }
    html.append("<title>").append(title).append(" - Example News</title>")
        .append("<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00+01:00\">")
        .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
        .append(title).append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><footer>Copyright Example News</footer></body></html>");
    return html.toString().getBytes(charset);
  }

  static byte[] englishArticle(String title) {
    return article(title, "en", "utf-8", List.of(
        "The harbour reopened on Friday morning after three days of closure, the port authority said.",
        "Ferries resumed their normal timetable at noon, and the first cargo ships were unloaded by evening.",
        "Repairs to the northern pier will take until the spring, according to the authority's engineers."),
        StandardCharsets.UTF_8);
  }

  /** What {@link #writeMixed} put in the archive, for assertions. */
  record Mixed(int records, List<String> articleUrls, List<String> deadLetterUrls) {}

  /**
   * The archive most tests replay: one warcinfo, HTML articles in four charsets (UTF-8, GBK,
   * windows-1252 declared only in the page, Shift_JIS), a request, a PNG, a 404, a redirect, a
   * revisit, a page with no article (a dead letter) and an HTML resource record.
   */
  static Mixed writeMixed(Path file) throws IOException {
    List<String> articles = new ArrayList<>();
    try (TestWarc warc = create(file)) {
      warc.warcinfo();
      warc.request("https://news.example.org/2024/03/harbour.html");
      warc.response("https://news.example.org/2024/03/harbour.html", 200, "text/html; charset=utf-8",
          englishArticle("Harbour reopens after storm"));
      articles.add("https://news.example.org/2024/03/harbour.html");
      warc.response("https://www.xinwen.example.cn/2024/03/05/rail.html", 200, "text/html; charset=GBK",
          article("高铁新线今日开通运营", "zh", null, List.of(
              "连接两座城市的高速铁路新线今天上午正式开通运营，全程运行时间缩短至一个半小时。",
              "铁路部门表示，新线开通后每天将开行动车组列车四十对，并将根据客流情况适时增加班次。",
              "沿线居民对新线开通表示欢迎，许多人表示出行将更加方便快捷，周末探亲也更加容易。"),
              Charset.forName("GBK")));
      articles.add("https://www.xinwen.example.cn/2024/03/05/rail.html");
      warc.response("https://quotidien.example.fr/societe/navettes.html", 200, "text/html",
          article("Les navettes électriques arrivent à Lyon", "fr", "windows-1252", List.of(
              "Les premières navettes électriques ont commencé à circuler mardi matin dans le centre de Lyon.",
              "Selon la métropole, vingt-deux véhicules desserviront les quartiers où l'offre était déficiente.",
              "Les usagers interrogés se sont déclarés satisfaits, même si certains regrettent la fréquence."),
              Charset.forName("windows-1252")));
      articles.add("https://quotidien.example.fr/societe/navettes.html");
      warc.response("https://shimbun.example.jp/news/20240305/sakura.html", 200, "text/html; charset=Shift_JIS",
          article("東京で桜の開花を発表", "ja", null, List.of(
              "気象庁は五日、東京都心で桜が開花したと発表した。平年より十日早く、観測史上最も早い記録に並んだ。",
              "靖国神社の標本木で五輪以上の花が咲いているのを職員が確認した。満開は来週末になる見込みだという。",
              "各地の公園では花見の準備が始まっており、関係者は天候に恵まれることを期待していると話した。"),
              Charset.forName("Shift_JIS")));
      articles.add("https://shimbun.example.jp/news/20240305/sakura.html");
      warc.response("https://news.example.org/logo.png", 200, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
      warc.response("https://news.example.org/gone.html", 404, "text/html; charset=utf-8",
          "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
      warc.response("https://news.example.org/old", 301, "text/html",
          "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8));
      warc.revisit("https://news.example.org/2024/03/harbour.html");
      warc.response("https://news.example.org/", 200, "text/html; charset=utf-8",
          "<html><body><nav><a href=\"/a\">A</a> <a href=\"/b\">B</a></nav></body></html>"
              .getBytes(StandardCharsets.UTF_8));
      warc.resource("https://news.example.org/2024/03/council.html", "text/html; charset=utf-8",
          article("Council approves new budget", "en", null, List.of(
              "The city council approved the new budget on Tuesday evening after a debate of six hours.",
              "Spending on schools rises by four percent, while the road maintenance budget stays flat.",
              "The opposition voted against the plan, saying that the tax increase hits families hardest."),
              StandardCharsets.UTF_8));
      articles.add("https://news.example.org/2024/03/council.html");
      return new Mixed(warc.records(), articles, List.of("https://news.example.org/"));
    }
  }
}
