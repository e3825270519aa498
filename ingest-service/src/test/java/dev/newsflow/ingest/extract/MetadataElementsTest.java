package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.decode.PageDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one walk of {@link MetadataElements} lists exactly what the selector queries it replaced find. */
class MetadataElementsTest {
  /** Markup where the queries are easy to get wrong: nesting, case, foreign content, repeats. */
  static final String TRICKY = """
      <html lang="zh-CN"><head><TITLE>Head title</TITLE>
      <META NAME="description" CONTENT="d"><meta name="empty"><meta property="og:title" content="t">
      <link REL="Canonical" href="/canon"><link rel="canonical"><link rel="image_src" href="/i.jpg">
      <script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script>var x;</script>
      </head><body><html xml:lang="en"></html>
      <svg><title>svg title</title><a href="/s">s</a></svg>
      <h1>One</h1><div itemprop="author"><span itemprop="name">Ann</span>
      <div><b itemprop="NAME">Deep</b></div></div><span itemprop="name">Not an author</span>
      <a rel="author" href="/bob">Bob</a><div itemprop="author" rel="author"><i itemprop="name">Cy</i></div>
      <time datetime="2020-01-01">x</time><article><h1>Two</h1><time datetime="2021-02-02">y</time>
      <time datetime="2021-02-03" pubdate>z</time></article><main><time datetime="2022">m</time></main>
      <time itemprop="datePublished" datetime="2023-03-03">p</time><time>no datetime</time>
      <img alt="Logo" src="/logo.png"><img src="/no-alt.png"><IMG ALT="">
      </body></html>
      """;

  static Stream<Path> pages() throws IOException {
    Path root = Path.of("src", "test", "resources", "extract");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
    }
  }

  @Test
  void listsWhatTheQueriesFindOnTrickyMarkup() {
    Document doc = Jsoup.parse(TRICKY, "https://example.org/");
    MetadataElements found = MetadataElements.of(doc);

    assertSameAsQueries(doc, found);
    assertThat(found.authorElements).extracting(Element::text).containsExactly("Ann", "Deep", "Bob", "Cy", "Cy");
    assertThat(found.bodyHeadings).extracting(Element::text).containsExactly("One", "Two");
    assertThat(found.publishedTime.attr("datetime")).isEqualTo("2021-02-03");
    assertThat(found.timeInArticle.attr("datetime")).isEqualTo("2021-02-02");
    assertThat(found.canonicalLink.attr("href")).isEqualTo("/canon");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void listsWhatTheQueriesFindOnEveryFixturePage(Path page) throws IOException {
    String html = new PageDecoder().decode(Files.readAllBytes(page), null).html();
    Document doc = Jsoup.parse(html, "https://example.org/");
    assertSameAsQueries(doc, MetadataElements.of(doc));
  }

  private static void assertSameAsQueries(Document doc, MetadataElements found) {
    assertThat(found.metas).containsExactlyElementsOf(doc.select("meta[content]"));
    assertThat(found.jsonLdScripts)
        .containsExactlyElementsOf(doc.select("script[type~=(?i)application/ld\\+json]"));
    assertThat(found.htmls).containsExactlyElementsOf(doc.select("html"));
    assertThat(found.titles).containsExactlyElementsOf(doc.select("title"));
    assertThat(found.bodyHeadings).containsExactlyElementsOf(doc.select("body h1"));
    assertThat(found.imagesWithAlt).containsExactlyElementsOf(doc.select("img[alt]"));
    assertThat(found.times).containsExactlyElementsOf(doc.select("time[datetime]"));
    assertThat(found.authorElements)
        .containsExactlyElementsOf(doc.select("[itemprop=author] [itemprop=name], [rel=author]"));
    assertThat(nullable(found.canonicalLink))
        .containsExactlyElementsOf(nullable(doc.selectFirst("link[rel~=(?i)^canonical$][href]")));
    assertThat(nullable(found.imageSrcLink))
        .containsExactlyElementsOf(nullable(doc.selectFirst("link[rel=image_src][href]")));
    assertThat(nullable(found.publishedTime)).containsExactlyElementsOf(nullable(doc.selectFirst(
        "time[datetime][pubdate], time[datetime][itemprop=datePublished]")));
    assertThat(nullable(found.timeInArticle))
        .containsExactlyElementsOf(nullable(doc.selectFirst("article time[datetime], main time[datetime]")));
  }

  private static List<Element> nullable(Element e) {
    return e == null ? List.of() : List.of(e);
  }
}
