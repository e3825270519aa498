package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {
  static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(Clock.fixed(NOW, ZoneOffset.UTC), new PageDecoder());
  static final URI URL = URI.create("https://news.example.org/world/2026/11/story.html");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final String PROSE = "<p>The harbour authority said on Monday that the new container terminal, "
      + "which took four years to build, will open to ships in the spring.</p>"
      + "<p>Officials expect the terminal to handle a third of the port's traffic, easing congestion "
      + "that has delayed deliveries across the region for months.</p>";

  static ExtractedArticle extract(String html, ZoneId zone) throws ExtractionException {
    return EXTRACTOR.extract(new DecodedPage(html, StandardCharsets.UTF_8, "http-header"), URL, zone);
  }

  static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "hidden attribute|<div hidden><p>SECRET hidden paragraph text that is long enough to count as prose.</p></div>",
      "aria-hidden|<p aria-hidden=\"true\">SECRET aria hidden paragraph text, long enough to count as prose.</p>",
      "inline display none|<div style=\"color:red; display : none\"><p>SECRET invisible paragraph, long enough to be prose.</p></div>",
      "image alt text|<p><img alt=\"SECRET left corner\" src=\"c.gif\">Short lead-in.</p>",
      "share bar|<div class=\"share-bar\">SECRET Share on Facebook, Twitter, Weibo and email it</div>",
      "comments|<section id=\"comments\"><p>SECRET great article, thanks for writing it, I agree with every word.</p></section>",
      "advert|<div class=\"ad-slot\">SECRET Buy our product today, limited offer, while stocks last</div>",
      "cookie banner|<div class=\"cookieNotice\">SECRET We use cookies to improve your experience, accept all cookies</div>",
      "script|<script>var SECRET = 'document.write(1)';</script>",
      "noscript|<noscript>SECRET Please enable JavaScript to view the comments, powered by a widget.</noscript>",
      "related links|<ul class=\"related\"><li><a href=\"/a\">SECRET another story about the harbour</a></li></ul>",
      "navigation|<nav><a href=\"/\">SECRET Home</a> <a href=\"/world\">World</a></nav>",
      "copyright footer|<footer>SECRET Copyright 2026 Example News. All rights reserved.</footer>",
  })
  void boilerplateNeverEndsUpInText(String what, String boilerplate) throws ExtractionException {
    ExtractedArticle article = extract(page("", "<article>" + boilerplate + PROSE + "</article>"), null);

    assertThat(article.text()).doesNotContain("SECRET").contains("new container terminal");
  }

  @Test
  void paragraphsHeadingsListItemsAndQuotesAreSeparateParagraphs() throws ExtractionException {
    ExtractedArticle article = extract(page("", "<article>" + PROSE
        + "<h2>What comes next</h2><ul><li>Dredging starts in March.</li><li>Cranes arrive in May.</li></ul>"
        + "<blockquote>It is the biggest change to the port in a generation.</blockquote></article>"), null);

    assertThat(article.paragraphs()).containsSubsequence(
        "What comes next", "Dredging starts in March.", "Cranes arrive in May.",
        "It is the biggest change to the port in a generation.");
  }

  @Test
  void brSeparatedTextInADivIsSplitIntoParagraphs() throws ExtractionException {
    String body = "<div id=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div>"
        + "<div class=\"article\">　　示例市今天举行了新闻发布会，介绍了今年城市绿化工作的进展情况，全市新增绿地面积超过两百公顷。"
        + "<br><br>　　据介绍，明年将继续推进公园建设，并在老旧小区增加口袋公园，方便市民就近休闲。<br>"
        + "【责任编辑：张三】</div>";
    ExtractedArticle article = extract(page("<meta charset=\"gbk\">", body), SHANGHAI);

    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.paragraphs().get(0)).startsWith("示例市今天举行了新闻发布会");
    assertThat(article.text()).doesNotContain("责任编辑", "首页");
  }

  @Test
  void editorCreditAtTheEndOfTheLastParagraphIsDropped() throws ExtractionException {
    ExtractedArticle article = extract(page("", "<div class=\"text\"><p>示例市今天举行了新闻发布会，介绍了今年城市绿化工作的进展情况。"
        + "全市新增绿地面积超过两百公顷。（责任编辑：张三）</p></div>"), SHANGHAI);

    assertThat(article.text()).endsWith("全市新增绿地面积超过两百公顷。");
  }

  @Test
  void metadataComesFromJsonLdAndMetaTags() throws ExtractionException {
    String head = "<title>Harbour terminal to open in spring | Example News</title>"
        + "<meta property=\"og:site_name\" content=\"Example News\">"
        + "<meta name=\"description\" content=\"A new terminal for the port.\">"
        + "<link rel=\"canonical\" href=\"/world/2026/11/harbour-terminal.html?utm_source=x\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-11-20T06:00:00-05:00\",\"dateModified\":\"2026-11-21T07:30:00-05:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Maria Lopez\"},{\"@type\":\"Organization\",\"name\":\"Example News\"}]}]}</script>";
    ExtractedArticle article = extract(page(head, "<article><p>By Maria Lopez</p>" + PROSE + "</article>"), null);

    assertThat(article.title()).isEqualTo("Harbour terminal to open in spring");
    assertThat(article.siteName()).isEqualTo("Example News");
    assertThat(article.authors()).containsExactly("Maria Lopez");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2026-11-20T06:00:00-05:00"));
    assertThat(article.modified()).isEqualTo(OffsetDateTime.parse("2026-11-21T07:30:00-05:00"));
    assertThat(article.canonicalUrl())
        .isEqualTo("https://news.example.org/world/2026/11/harbour-terminal.html?utm_source=x");
    assertThat(article.description()).isEqualTo("A new terminal for the port.");
    assertThat(article.text()).doesNotContain("By Maria Lopez");
  }

  @Test
  void publishedTimeUsesSourceTimeZoneWhenPageShowsLocalTime() throws ExtractionException {
    String body = "<h1>Harbour terminal</h1><div>Updated: 2026-11-20 08:23</div><div class=\"story\">" + PROSE + "</div>";

    assertThat(extract(page("", body), SHANGHAI).published())
        .isEqualTo(OffsetDateTime.parse("2026-11-20T08:23:00+08:00"));
    assertThat(extract(page("", body), ZoneId.of("Europe/Berlin")).published())
        .isEqualTo(OffsetDateTime.parse("2026-11-20T08:23:00+01:00"));
  }

  @Test
  void localTimeWithoutSourceZoneIsNullRatherThanGuessedUtc() throws ExtractionException {
    String head = "<meta property=\"article:published_time\" content=\"2026-11-20T08:23:00\">";
    String body = "<div>Updated: 2026-11-20 08:23</div><div class=\"story\">" + PROSE + "</div>";

    ExtractedArticle article = extract(page(head, body), null);

    assertThat(article.published()).isNull();
    assertThat(article.text()).doesNotContain("Updated");
  }

  @Test
  void futureDatesAreNeverReturned() throws ExtractionException {
    String head = "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">";
    String body = "<div>Updated: 2026-11-20 08:23</div><div class=\"story\">" + PROSE + "</div>";

    assertThat(extract(page(head, body), SHANGHAI).published())
        .isEqualTo(OffsetDateTime.parse("2026-11-20T08:23:00+08:00"));
    assertThat(extract(page(head, "<div>Updated: 2027-01-01 08:23</div>" + PROSE), SHANGHAI).published())
        .isNull();
  }

  @Test
  void timeElementIsUsedWhenThereIsNoMetaDate() throws ExtractionException {
    String body = "<article><h1>Harbour</h1><p class=\"meta\"><time datetime=\"2026-11-20T08:23:00+01:00\">"
        + "20. November 2026</time></p>" + PROSE + "</article>";

    assertThat(extract(page("", body), null).published())
        .isEqualTo(OffsetDateTime.parse("2026-11-20T08:23:00+01:00"));
  }

  @Test
  void titleFallsBackToTheFirstH1ThenToTheTitleElement() throws ExtractionException {
    assertThat(extract(page("<title>Ignored - Example News</title>", "<h1>Harbour terminal opens</h1>" + PROSE), null).title())
        .isEqualTo("Harbour terminal opens");
    assertThat(extract(page("<title>Harbour terminal opens - Example News</title>", PROSE), null).title())
        .isEqualTo("Harbour terminal opens");
  }

  @Test
  void languageHintComesFromTheHtmlElement() throws ExtractionException {
    assertThat(extract("<html lang=\"pt_BR\"><body>" + PROSE + "</body></html>", null).languageHint())
        .isEqualTo("pt-BR");
    assertThat(extract("<html lang=\"not a language!\"><body>" + PROSE + "</body></html>", null).languageHint())
        .isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "empty page||empty",
      "only navigation|<nav><a href=/>Home</a></nav><ul class=menu><li><a href=/a>World</a></li><li><a href=/b>Business news from everywhere</a></li></ul>|no-content",
      "link list|<div><a href=/1>The harbour authority said on Monday that</a> <a href=/2>the new container terminal will open</a></div>|no-content",
  })
  void pagesWithoutArticleTextAreRejectedWithAReason(String what, String html, String reason) {
    assertThatThrownBy(() -> extract(html == null ? "" : html, null))
        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void whitespaceOnlyPagesAreEmptyAndControlCharacterSoupIsNotHtml() {
    assertThatThrownBy(() -> extract("   \n\t \u3000 ", null))
        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.reason()).isEqualTo("empty"));
    assertThatThrownBy(() -> extract("\u0001\u0002\u0003<p>\u0004\u0005\u0006\u0007\u0008\uFFFD", null))
        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.reason()).isEqualTo("not-html"));
  }

  @ParameterizedTest
  @CsvSource({"image/png", "application/pdf", "application/json; charset=utf-8", "video/mp4"})
  void nonHtmlContentTypesAreRejected(String contentType) {
    byte[] body = page("", PROSE).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EXTRACTOR.extract(body, contentType, URL, null))
        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.reason()).isEqualTo("not-html"));
  }

  @Test
  void binaryFilesServedAsHtmlAreRejected() {
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> EXTRACTOR.extract(pdf, "text/html", URL, null))
        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.reason()).isEqualTo("not-html"));
  }

  @Test
  void rawBytesAreDecodedBeforeExtraction() throws ExtractionException {
    String html = page("<meta charset=\"gb2312\">", "<div class=\"content\"><p>示例市今天举行了新闻发布会，介绍了今年城市绿化工作的进展情况，全市新增绿地面积超过两百公顷。</p></div>");

    ExtractedArticle article = EXTRACTOR.extract(html.getBytes(java.nio.charset.Charset.forName("GBK")), null, URL, SHANGHAI);

    assertThat(article.text()).isEqualTo("示例市今天举行了新闻发布会，介绍了今年城市绿化工作的进展情况，全市新增绿地面积超过两百公顷。");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "&lt;script>alert(1)&lt;/script>",
      "&lt;scr&lt;scriptipt>",
      "< SCRIPT src=x>",
  })
  void scriptTagsInTextAreRemovedEvenWhenEscaped(String escaped) throws ExtractionException {
    ExtractedArticle article = extract(page("", "<div class=\"story\">" + PROSE + "<p>" + escaped
        + " and the harbour authority said the terminal would open in the spring.</p></div>"), null);

    assertThat(article.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "< script");
  }
}
