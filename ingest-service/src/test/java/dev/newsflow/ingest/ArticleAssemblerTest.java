package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractionOverrides;
import dev.newsflow.ingest.source.SourceConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
