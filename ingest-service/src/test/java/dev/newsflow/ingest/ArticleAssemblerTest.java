package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.discover.FeedEntry;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.extract.ExtractionOverrides;
import dev.newsflow.ingest.extract.TestDocuments;
import dev.newsflow.ingest.source.SourceConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleAssemblerTest {
  private static final Instant FETCHED = Instant.parse("2026-11-29T12:00:00Z");

  @ParameterizedTest(name = "{0} declaring {1} -> {2}")
  @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
      https://news.example.org/a?utm_source=x | null                                   | https://news.example.org/a
      https://news.example.org/a?page=2       | /a                                     | https://news.example.org/a
      https://www.example.org/a               | https://example.org/a#top              | https://example.org/a
      https://m.example.org/a                 | https://www.example.org/a              | https://www.example.org/a
      https://news.example.org/a              | https://aggregator.example.com/a       | https://news.example.org/a
      https://news.example.org/a              | javascript:alert(1)                    | https://news.example.org/a
      https://news.example.org/a              | 'http://[bad'                          | https://news.example.org/a
      """)
  void canonicalLinkIsUsedOnlyWhenItStaysOnTheSameSite(String fetched, String declared, String expected) {
    assertThat(ArticleAssembler.canonicalFor(URI.create(fetched), declared)).isEqualTo(expected);
  }

  @Test
  void sourceSelectorsFromTheRegistryReachTheExtractor() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("src/test/resources/extract/overrides/story-with-long-sidebar.html"));
    URI url = URI.create("https://hafenbote.example/2026/terminal.html");
    SourceConfig plain = new SourceConfig(new Source("hafenbote", "Hafenbote", "DE"), List.of(url), List.of(),
        ZoneId.of("Europe/Berlin"), "de");
    SourceConfig selected = plain.withExtraction(
        new ExtractionOverrides("div.story", "h1.headline", ".writer", ".stamp", List.of()));
    ArticleAssembler assembler = new ArticleAssembler(new PageDecoder(), new ArticleExtractor());

    Article heuristic = assembler.assemble(plain, url, page, "text/html; charset=utf-8", FETCHED, null);
    Article article = assembler.assemble(selected, url, page, "text/html; charset=utf-8", FETCHED, null);

    assertThat(heuristic.text()).contains("SIDEBAR");
    assertThat(article.text()).doesNotContain("SIDEBAR").contains("Hafenbehörde");
    assertThat(article.title()).isEqualTo("Neues Containerterminal öffnet im Frühjahr");
    assertThat(article.authors()).containsExactly("Anna Schmidt", "Jonas Weber");
    assertThat(article.published()).hasToString("2026-02-07T08:23+01:00");
  }

  @Test
  void pdfPressReleaseBecomesAnArticleLikeAPage() throws Exception {
    URI url = URI.create("https://press.example.org/releases/terminal.pdf");
    byte[] pdf = TestDocuments.pdf("New terminal opens in April", "Anna Schmidt", null,
        List.of("The port authority opens the new container terminal in April."), Optional.empty());
    Article article = new ArticleAssembler(new PageDecoder(), new ArticleExtractor()).assemble(
        new SourceConfig(new Source("press", "Press", "DE"), List.of(url), List.of(), ZoneId.of("Europe/Berlin"), "en"),
        url, pdf, "application/pdf", FETCHED, null);

    assertThat(article.title()).isEqualTo("New terminal opens in April");
    assertThat(article.authors()).containsExactly("Anna Schmidt");
    assertThat(article.text()).startsWith("The port authority opens");
    assertThat(Article.joined(article.blocks())).isEqualTo(article.text());
    assertThat(article.canonicalUrl()).isEqualTo(url.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      HTML declared as a file     | application/octet-stream | <html><body><article><p>The harbour authority said on Monday that the new terminal will open in spring, easing congestion.</p></article></body></html> | ok
      image declared as HTML      | text/html                | GIF89a                                                                                                        | unsupported-type
      image declared as an image  | image/gif                | GIF89a                                                                                                        | unsupported-type
      """)
  void whatTheBytesAreDecidesNotTheDeclaredType(String what, String contentType, String body, String expected) {
    URI url = URI.create("https://news.example.org/a");
    ArticleAssembler assembler = new ArticleAssembler(new PageDecoder(), new ArticleExtractor());
    String outcome;
    try {
      assembler.assemble(new Source("s", "S", "GB"), null, null, url,
          body.getBytes(StandardCharsets.ISO_8859_1), contentType, FETCHED, null);
      outcome = "ok";
    } catch (ExtractionException e) {
      outcome = e.reason();
    }
    assertThat(outcome).isEqualTo(expected);
  }

  private static final String LOCAL_TIME_PAGE = "<html><head><title>Harbour reopens</title></head><body><article>"
      + "<h1>Harbour reopens</h1><p class=date>Updated: 2026-11-20 08:23</p><p>By Anna Berg (Coastal Wire)</p>"
      + "<p>" + "The harbour reopened on Friday after the storm damage to the outer wall was repaired. ".repeat(3)
      + "</p><p>" + "Ferries resume their normal timetable next week, the port authority said. ".repeat(3)
      + "</p></article></body></html>";

  private static Article assembleLocalTimePage(ZoneId zone) throws ExtractionException {
    return new ArticleAssembler(new PageDecoder(), new ArticleExtractor()).assemble(
        new Source("harbour", "Harbour News", null), zone, null, ExtractionOverrides.NONE,
        URI.create("https://harbour.example/reopens.html"), LOCAL_TIME_PAGE.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", FETCHED, null);
  }

  @Test
  void aLocalTimeIsPlacedInTheSourceZoneAndKeptUnplacedWithoutOne() throws Exception {
    Article placed = assembleLocalTimePage(ZoneId.of("Europe/Oslo"));
    assertThat(placed.published()).hasToString("2026-11-20T08:23+01:00");
    assertThat(placed.publishedLocal()).hasToString("2026-11-20T08:23");

    Article unplaced = assembleLocalTimePage(null);
    assertThat(unplaced.published()).as("never guessed as UTC").isNull();
    assertThat(unplaced.publishedLocal()).hasToString("2026-11-20T08:23");
  }

  @Test
  void aFeedTimeBeatsTheDayTheUrlNamesButNotTheTimeThePageShows() throws Exception {
    String undated = LOCAL_TIME_PAGE.replace("<p class=date>Updated: 2026-11-20 08:23</p>", "");
    URI url = URI.create("https://harbour.example/2026/11/19/reopens.html");
    FeedEntry feed = new FeedEntry(url, "Harbour reopens", OffsetDateTime.parse("2026-11-19T21:05+01:00"));
    ArticleAssembler assembler = new ArticleAssembler(new PageDecoder(), new ArticleExtractor());
    Source source = new Source("harbour", "Harbour News", null);

    Article fromUrlOnly = assembler.assemble(source, ZoneId.of("Europe/Oslo"), null, url,
        undated.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", FETCHED, null);
    Article withFeed = assembler.assemble(source, ZoneId.of("Europe/Oslo"), null, url,
        undated.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", FETCHED, feed);
    Article pageTells = assembler.assemble(source, ZoneId.of("Europe/Oslo"), null, url,
        LOCAL_TIME_PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", FETCHED, feed);

    assertThat(fromUrlOnly.published()).hasToString("2026-11-19T00:00+01:00");
    assertThat(withFeed.published()).hasToString("2026-11-19T21:05+01:00");
    assertThat(pageTells.published()).hasToString("2026-11-20T08:23+01:00");
  }

  @Test
  void theBylinesOutletReachesTheRecordAndIsNoAuthor() throws Exception {
    Article article = assembleLocalTimePage(null);

    assertThat(article.authors()).containsExactly("Anna Berg");
    assertThat(article.outlet()).isEqualTo("Coastal Wire");
  }

  @Test
  void theRecordCarriesBlocksSectionTagsAndImage() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("src/test/resources/extract/overrides/story-with-long-sidebar.html"));
    URI url = URI.create("https://hafenbote.example/2026/terminal.html");
    Article article = new ArticleAssembler(new PageDecoder(), new ArticleExtractor()).assemble(
        new Source("hafenbote", "Hafenbote", "DE"), ZoneId.of("Europe/Berlin"), "de",
        new ExtractionOverrides("div.story", null, null, null, List.of()), url, page, "text/html", FETCHED, null);

    assertThat(article.blocks()).extracting(b -> b.kind().wireName()).containsOnly("paragraph");
    assertThat(Article.joined(article.blocks())).isEqualTo(article.text());
    assertThat(article.section()).isEqualTo("Hafen");
    assertThat(article.tags()).containsExactly("Hafen", "Containerterminal");
    assertThat(article.image()).isEqualTo("https://hafenbote.example/bilder/terminal.jpg");
  }
}
