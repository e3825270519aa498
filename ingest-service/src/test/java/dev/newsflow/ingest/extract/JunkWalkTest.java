package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.decode.PageDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After its junk is removed, a page is what {@link JunkWalk} said it would be: the same elements
 * and links in the same order, and the same text sizes as counting the page again.
 */
class JunkWalkTest {
  static final Set<String> JUNK = Set.of("script", "style", "svg", "img", "figure", "frameset", "form");

  static Stream<Path> pages() throws IOException {
    return MetadataElementsTest.pages();
  }

  @Test
  void describesThePageWithoutItsJunk() {
    Document doc = Jsoup.parse("""
        <p>Before <a href="/x">link <script>x</script>text</a></p>
        <figure><img src="a.png"><figcaption>Caption <a href="/c">c</a></figcaption></figure>
        <div><p>After <svg><text>drawn</text></svg>the figure, with a lot of words</p></div>
        """);
    JunkWalk walk = JunkWalk.over(doc, JUNK);
    walk.junk.forEach(Element::remove);

    assertMatchesThePage(doc, walk);
    assertThat(walk.junk).extracting(Element::normalName).containsExactly("script", "figure", "svg");
    assertThat(walk.bodyLinks).hasSize(1);
    assertThat(walk.sizes().size(doc.body()))
        .isEqualTo(Html.weightedLength("Before link text After the figure, with a lot of words"));
  }

  @Test
  void saysWhenRemovingTheJunkGivesTheDocumentAnotherBody() {
    Document doc = Jsoup.parse("<frameset><frame src=a.html></frameset>");
    JunkWalk walk = JunkWalk.over(doc, JUNK);
    walk.junk.forEach(Element::remove);

    assertThat(doc.body()).isNotSameAs(walk.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void describesEveryFixturePageWithoutItsJunk(Path page) throws IOException {
    String html = new PageDecoder().decode(Files.readAllBytes(page), null).html();
    Document doc = Jsoup.parse(html, "https://example.org/");
    JunkWalk walk = JunkWalk.over(doc, JUNK);
    walk.junk.forEach(Element::remove);

    assertMatchesThePage(doc, walk);
  }

  private static void assertMatchesThePage(Document doc, JunkWalk walk) {
    Element body = doc.body();
    assertThat(body).isSameAs(walk.body());
    assertThat(walk.bodyElements).containsExactlyElementsOf(body.getAllElements());
    assertThat(walk.bodyLinks).containsExactlyElementsOf(body.getElementsByTag("a"));
    TextSizes recounted = TextSizes.of(body);
    for (Element e : body.getAllElements()) {
      assertThat(walk.sizes().size(e)).isEqualTo(recounted.size(e));
      assertThat(walk.sizes().linkSize(e)).isEqualTo(recounted.linkSize(e));
      assertThat(walk.sizes().proseParagraphs(e)).isEqualTo(recounted.proseParagraphs(e));
    }
  }
}
