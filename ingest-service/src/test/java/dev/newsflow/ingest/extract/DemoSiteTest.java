package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.decode.PageDecoder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every demo page comes out as the site's {@code expected.json} says. */
class DemoSiteTest {
  static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
      Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), new PageDecoder());

  static Stream<JsonNode> pages() throws IOException {
    JsonNode expected = new ObjectMapper().readTree(DemoSite.DIR.resolve("expected.json").toFile());
    return StreamSupport.stream(expected.get("pages").spliterator(), false);
  }

  static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.asText()));
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void demoPageIsExtractedAsExpected(JsonNode page) throws Exception {
    String file = page.get("file").asText();
    ExtractedArticle article = EXTRACTOR.extract(
        DemoSite.page(file),
        page.get("contentType").asText(),
        URI.create(DemoSite.BASE + "/" + file),
        ZoneId.of(page.get("sourceZone").asText()));

    assertThat(article.title()).isEqualTo(page.get("title").asText());
    assertThat(article.authors()).containsExactlyElementsOf(strings(page.get("authors")));
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse(page.get("published").asText()));
    assertThat(article.published().getOffset())
        .isEqualTo(OffsetDateTime.parse(page.get("published").asText()).getOffset());
    assertThat(article.siteName()).isEqualTo(page.get("siteName").asText());
    JsonNode hint = page.get("languageHint");
    assertThat(article.languageHint()).isEqualTo(hint.isNull() ? null : hint.asText());
    if (article.languageHint() != null) {
      assertThat(article.languageHint()).startsWith(page.get("language").asText());
    }
    if (page.has("outlet")) {
      assertThat(article.outlet()).isEqualTo(page.get("outlet").asText());
    }
    for (String phrase : strings(page.get("mustContain"))) {
      assertThat(article.text()).contains(phrase);
    }
    for (String phrase : strings(page.get("mustNotContain"))) {
      assertThat(article.text()).doesNotContain(phrase);
    }
    assertThat(article.text()).doesNotContain("<", "{{BASE}}");
  }

  @Test
  void everyPageOfTheSiteIsListedInExpectedJson() throws IOException {
    List<String> listed = pages().map(p -> p.get("file").asText()).toList();
    try (Stream<java.nio.file.Path> files = Files.list(DemoSite.DIR)) {
      List<String> htmlFiles = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html")).toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(htmlFiles);
    }
  }

  @Test
  void someOutletFeedLinksEveryPageOnThePlaceholderHost() throws IOException {
    StringBuilder feeds = new StringBuilder();
    for (var source : new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(DemoSite.DIR.resolve("sources.json").toFile()).path("sources")) {
      feeds.append(Files.readString(DemoSite.DIR.resolve(source.path("feed").asText())));
    }
    for (String file : pages().map(p -> p.get("file").asText()).toList()) {
      assertThat(feeds.toString()).contains("{{BASE}}/" + file);
    }
  }
}
