package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, extraction gives an article without markup or a reasoned refusal. */
class ExtractorPropertiesTest {
  static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");
  static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(Clock.fixed(NOW, ZoneOffset.UTC), new PageDecoder());
  static final URI URL = URI.create("https://news.example.org/a/b.html");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final List<String> FRAGMENTS = List.of(
      "<p>", "</p>", "<div>", "</div>", "<div class=\"share\">", "<article>", "</article>",
      "<script>", "</script>", "<script>alert('<p>x</p>')</script>", "<style>p{}</style>", "<!--",
      "-->", "<![CDATA[", "]]>", "<a href=\"/x\">", "</a>", "<br>", "<h1>", "</h1>", "<li>",
      "<nav>", "<img alt=\"left corner\">", "<meta charset=\"gbk\">", "<time datetime=\"2030-01-01\">",
      "Updated: 2012-02-07 08:23", "By Tang Lan ( China Daily)", "记者 王小明", "【责任编辑：李华】",
      "The harbour authority said on Monday that the terminal will open, ",
      "示例市今天举行了新闻发布会，介绍了城市绿化工作的进展情况。", " ", "\n", "&amp;", "&#0;",
      "<p hidden>", "<div style=\"display:none\">", "<", ">", "\"", "<script", "&lt;script");

  @Provide
  Arbitrary<String> htmlSoup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void markupLikeSoupGivesArticleOrReason(@ForAll("htmlSoup") String html) {
    check(() -> EXTRACTOR.extract(new DecodedPage(html, StandardCharsets.UTF_8, "default"), URL, ZONE));
  }

  @Property(tries = 300)
  void arbitraryStringsGiveArticleOrReason(@ForAll String html) {
    check(() -> EXTRACTOR.extract(new DecodedPage(html, StandardCharsets.UTF_8, "default"), URL, null));
  }

  @Property(tries = 300)
  void arbitraryBytesGiveArticleOrReason(@ForAll byte[] body) {
    check(() -> EXTRACTOR.extract(body, "text/html", URL, ZONE));
  }

  interface Extraction {
    ExtractedArticle run() throws ExtractionException;
  }

  private static void check(Extraction extraction) {
    try {
      ExtractedArticle article = extraction.run();
      assertThat(article.text()).isNotBlank().doesNotContain("<script");
      assertThat(dev.newsflow.common.article.Article.joined(article.blocks())).isEqualTo(article.text());
      if (article.published() != null) {
        assertThat(article.published().toInstant()).isBeforeOrEqualTo(NOW);
      }
      assertThat(article.authors()).allSatisfy(a -> assertThat(a).isNotBlank());
    } catch (ExtractionException e) {
      assertThat(ExtractionException.REASONS).contains(e.reason());
      assertThat(e.reason()).isNotEqualTo(ExtractionException.EXTRACTOR_FAILURE);
    }
  }
}
