package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.decode.DecodedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source's own selectors win over the heuristics; where they find nothing, the heuristics stand. */
class SourceSelectorsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/extract/overrides");

  static ExtractedArticle extract(String fixture, String zone, ExtractionOverrides overrides) throws Exception {
    String html = Files.readString(FIXTURES.resolve(fixture));
    return ArticleExtractorTest.EXTRACTOR.extract(
        new DecodedPage(html, StandardCharsets.UTF_8, "http-header"), ArticleExtractorTest.URL, ZoneId.of(zone),
        overrides);
  }

  @ParameterizedTest(name = "{0}: {6} {7} = {8}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # fixture                        | body          | title                    | byline | date      | drop       | field     | check   | expected
      story-with-long-sidebar.html     |               |                          |        |           |            | text      | has     | SIDEBAR
      story-with-long-sidebar.html     | div.story     |                          |        |           |            | text      | lacks   | SIDEBAR
      story-with-long-sidebar.html     | div.story     |                          |        |           |            | text      | has     | Nach vier Jahren Bauzeit
      story-with-long-sidebar.html     | div.story     |                          |        |           |            | text      | has     | KASTEN
      story-with-long-sidebar.html     | div.story     |                          |        |           | .kasten    | text      | lacks   | KASTEN
      story-with-long-sidebar.html     |               |                          |        |           | .col-side  | text      | lacks   | SIDEBAR
      story-with-long-sidebar.html     | .no-such-box  |                          |        |           |            | text      | has     | SIDEBAR
      story-with-long-sidebar.html     | .no-such-box  |                          |        |           |            | missed    | is      | true
      story-with-long-sidebar.html     | div.story     |                          |        |           |            | missed    | is      | false
      story-with-long-sidebar.html     |               |                          |        |           |            | missed    | is      | false
      story-with-long-sidebar.html     |               | h1.headline              |        |           |            | title     | is      | Neues Containerterminal öffnet im Frühjahr
      story-with-long-sidebar.html     |               | meta[property=og:title]  |        |           |            | title     | is      | Hafenbote – Nachrichten aus der Region
      story-with-long-sidebar.html     |               | h2.no-such-title         |        |           |            | title     | lacks   | Startseite
      story-with-long-sidebar.html     |               |                          | .writer |          |            | authors   | is      | Anna Schmidt; Jonas Weber
      story-with-long-sidebar.html     |               |                          |        | .stamp    |            | published | is      | 2026-02-07T08:23+01:00
      story-with-long-sidebar.html     |               |                          |        |           |            | published | is      | 2026-11-20T09:00+01:00
      story-with-long-sidebar.html     |               |                          |        | .no-stamp |            | published | is      | 2026-11-20T09:00+01:00
      byline-in-text-with-outlet.html  |               |                          | .who   |           |            | authors   | is      | Tang Lan
      byline-in-text-with-outlet.html  |               |                          | .who   |           |            | outlet    | is      | China Daily
      byline-in-text-with-outlet.html  |               |                          |        | time.pub  |            | published | is      | 2012-02-07T08:23+08:00
      byline-in-text-with-outlet.html  |               |                          |        | meta.mod  |            | published | is      | 2012-02-08T00:00+08:00
      """)
  void selectorsWinOverHeuristicsAndMissingMatchesFallBack(
      String fixture, String body, String title, String byline, String date, String drop,
      String field, String check, String expected) throws Exception {
    String zone = fixture.startsWith("story") ? "Europe/Berlin" : "Asia/Shanghai";
    List<String> drops = drop == null ? List.of() : Arrays.asList(drop.split(";"));
    ExtractedArticle article = extract(fixture, zone, new ExtractionOverrides(body, title, byline, date, drops));

    String actual = switch (field) {
      case "text" -> article.text();
      case "title" -> article.title();
      case "authors" -> String.join("; ", article.authors());
      case "outlet" -> article.outlet();
      case "published" -> String.valueOf(article.published());
      case "missed" -> String.valueOf(article.bodySelectorMissed());
      default -> throw new IllegalArgumentException(field);
    };
    switch (check) {
      case "is" -> assertThat(actual).isEqualTo(expected);
      case "has" -> assertThat(actual).contains(expected);
      case "lacks" -> assertThat(actual).doesNotContain(expected);
      default -> throw new IllegalArgumentException(check);
    }
  }

  @Test
  void anUnselectedPageReadsAsWithoutOverrides() throws Exception {
    ExtractedArticle plain = ArticleExtractorTest.EXTRACTOR.extract(
        new DecodedPage(Files.readString(FIXTURES.resolve("story-with-long-sidebar.html")), StandardCharsets.UTF_8,
            "http-header"),
        ArticleExtractorTest.URL, ZoneId.of("Europe/Berlin"));

    assertThat(extract("story-with-long-sidebar.html", "Europe/Berlin", ExtractionOverrides.NONE)).isEqualTo(plain);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      h1 > span[class
      div..story
      p:has(
      :nth-child(x)
      a:matches((unclosed)
      """)
  void invalidSelectorIsRefusedWithTheReason(String css) {
    assertThat(ExtractionOverrides.problem(css)).isPresent();
    assertThatThrownBy(() -> new ExtractionOverrides(css, null, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(css);
    assertThatThrownBy(() -> new ExtractionOverrides(null, null, null, null, List.of(".ok", css)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tooLongSelectorIsRefused() {
    assertThat(ExtractionOverrides.problem("div " + "p ".repeat(ExtractionOverrides.MAX_SELECTOR_CHARS))).isPresent();
  }

  @Test
  void blankSelectorsMeanNone() throws IOException {
    assertThat(new ExtractionOverrides(" ", "", null, null, null).isEmpty()).isTrue();
  }
}
