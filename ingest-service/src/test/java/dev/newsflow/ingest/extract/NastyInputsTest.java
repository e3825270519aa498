package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.decode.PageDecoder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code extract/nasty/} either extracts (and the text has the expected phrase) or
 * fails with the expected reason code; nothing else. Add a file here for every crash ever seen.
 */
class NastyInputsTest {
  static final Path DIR = Path.of("src", "test", "resources", "extract", "nasty");
  static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
      Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), new PageDecoder());

  /** For each fixture: "reason:<code>" or "text:<phrase the text must contain>". */
  static final Map<String, String> OUTCOMES = Map.ofEntries(
      Map.entry("empty-body.html", "reason:empty"),
      Map.entry("binary-garbage.html", "reason:not-html"),
      Map.entry("deeply-nested-divs.html", "text:new container terminal"),
      Map.entry("deeply-nested-unclosed.html", "text:new container terminal"),
      Map.entry("unclosed-tags.html", "text:handle a third of the port's traffic"),
      Map.entry("huge-single-line.html", "text:Paragraph 3999 of a very long single-line page"),
      Map.entry("only-navigation.html", "reason:no-content"),
      Map.entry("script-only.html", "reason:no-content"),
      Map.entry("lying-meta-charset.html", "text:全市新增绿地面积超过两百公顷"),
      Map.entry("meta-flood.html", "text:new container terminal"),
      Map.entry("broken-json-ld.html", "text:new container terminal"));

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void everyFixtureHasAnExpectedOutcome() throws IOException {
    assertThat(OUTCOMES.keySet()).containsExactlyInAnyOrderElementsOf(fixtures().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void nastyInputEitherExtractsOrFailsWithItsReason(String file) throws Exception {
    byte[] body = Files.readAllBytes(DIR.resolve(file));
    URI url = URI.create("https://news.example.org/nasty/" + file);
    String outcome = OUTCOMES.getOrDefault(file, "unlisted");

    if (outcome.startsWith("reason:")) {
      assertThatThrownBy(() -> EXTRACTOR.extract(body, "text/html", url, ZoneId.of("Asia/Shanghai")))
          .isInstanceOfSatisfying(ExtractionException.class,
              e -> assertThat(e.reason()).isEqualTo(outcome.substring("reason:".length())));
    } else {
      ExtractedArticle article = EXTRACTOR.extract(body, "text/html", url, ZoneId.of("Asia/Shanghai"));
      assertThat(article.text()).contains(outcome.substring("text:".length()));
      assertThat(article.text()).doesNotContain("<script", "INJECTED", "Share on");
    }
  }

  @Test
  void unclosedTagsStillGiveSeparateParagraphs() throws Exception {
    byte[] body = Files.readAllBytes(DIR.resolve("unclosed-tags.html"));

    ExtractedArticle article = EXTRACTOR.extract(body, null, URI.create("https://news.example.org/x"), null);

    assertThat(article.paragraphs()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(List.of(article.title())).containsExactly("Unclosed tags");
  }
}
