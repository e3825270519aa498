package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file under discover/sitemaps/nasty, and what must become of it. */
class NastySitemapsTest {
  private static final URI SITEMAP_URL = URI.create("https://news.example.org/sitemap.xml");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // fixture,                 outcome: a SitemapException reason, or "urls:N"
    "xxe-file.xml,              malformed-xml",  // &xxe; stays undeclared: no file is read
    "xxe-network.xml,           malformed-xml",
    "xxe-parameter-entity.xml,  urls:1",         // the DTD is skipped, the sitemap still reads
    "xxe-external-dtd.xml,      urls:1",
    "billion-laughs.xml,        malformed-xml",  // nothing is expanded, nothing blows up
    "truncated.xml,             malformed-xml",
    "rss-feed.xml,              not-a-sitemap",
    "html-page.html,            not-a-sitemap",  // refused at the root, before its <br> breaks XML
    "empty.xml,                 malformed-xml",
    "binary-png.xml,            malformed-xml",
    "broken.xml.gz,             bad-gzip",
    "deep-nesting.xml,          urls:1",         // a nested <loc> is not the entry's
  })
  void nastyInputGivesAClearOutcome(String fixture, String outcome) throws Exception {
    byte[] input = Fixtures.bytes("sitemaps/nasty/" + fixture);
    SitemapParser parser = new SitemapParser();

    if (outcome.startsWith("urls:")) {
      Sitemap sitemap = parser.parse(input, SITEMAP_URL);
      assertThat(sitemap.urls()).hasSize(Integer.parseInt(outcome.substring("urls:".length())));
      assertThat(sitemap.urls()).allSatisfy(u -> assertThat(u.location().getHost()).isEqualTo("news.example.org"));
    } else {
      assertThatThrownBy(() -> parser.parse(input, SITEMAP_URL))
          .isInstanceOfSatisfying(SitemapException.class, e -> assertThat(e.reason()).isEqualTo(outcome));
    }
  }

  @Test
  void externalEntityNeverLeaksALocalFile() throws Exception {
    String xml = new String(Fixtures.bytes("sitemaps/nasty/xxe-file.xml"), StandardCharsets.UTF_8)
        .replace("https://attacker.example/&xxe;", "https://news.example.org/a");
    Sitemap sitemap = new SitemapParser().parse(xml.getBytes(StandardCharsets.UTF_8), SITEMAP_URL);

    assertThat(sitemap.urls()).extracting(u -> u.location().toString()).containsExactly("https://news.example.org/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe-network.xml", "xxe-parameter-entity.xml", "xxe-external-dtd.xml"})
  void sitemapNeverMakesTheParserOpenAConnection(String fixture) throws Exception {
    int requests = EntityBait.requestsWhileParsing(
        "sitemaps/nasty/" + fixture, doc -> new SitemapParser().parse(doc, SITEMAP_URL));

    assertThat(requests).isZero();
  }
}
