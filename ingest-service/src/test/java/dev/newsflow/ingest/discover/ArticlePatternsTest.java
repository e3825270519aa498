package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticlePatternsTest {
  private static final ArticlePatterns NEWS_ONLY = new ArticlePatterns(
      List.of(Pattern.compile("/news/\\d{4}/"), Pattern.compile("/story/")),
      List.of(Pattern.compile("/live/"), Pattern.compile("\\?page=")));

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(textBlock = """
      https://example.com/news/2026/harbour,           true
      https://example.com/story/c4g0m5v1r2yo,          true
      https://example.com/news/2026/live/harbour,      false
      https://example.com/news/2026/list?page=2,       false
      https://example.com/sport/2026/11/29/match-report-city-win-again, false
      """)
  void includesAdmitAndExcludesRefuse(String url, boolean admitted) {
    assertThat(NEWS_ONLY.admits(URI.create(url))).isEqualTo(admitted);
    assertThat(NEWS_ONLY.selectsLink(URI.create(url))).as("include patterns replace the guess").isEqualTo(admitted);
  }

  @Test
  void withoutIncludesSectionLinksMustLookLikeArticlesAndPassTheExcludes() {
    ArticlePatterns excludeOnly = new ArticlePatterns(List.of(), List.of(Pattern.compile("/sport/")));
    assertThat(excludeOnly.selectsLink(URI.create("https://example.com/world/2026/11/29/harbour-reopens"))).isTrue();
    assertThat(excludeOnly.selectsLink(URI.create("https://example.com/sport/2026/11/29/city-win"))).isFalse();
    assertThat(excludeOnly.selectsLink(URI.create("https://example.com/world"))).isFalse();
    assertThat(excludeOnly.admits(URI.create("https://example.com/world"))).as("sitemaps only apply patterns").isTrue();
  }

  @Test
  void noPatternsAdmitEverythingAndLeaveSectionLinksToTheGuess() {
    assertThat(ArticlePatterns.NONE.isEmpty()).isTrue();
    assertThat(ArticlePatterns.NONE.admits(URI.create("https://example.com/tag/x"))).isTrue();
    assertThat(ArticlePatterns.NONE.selectsLink(URI.create("https://example.com/tag/x"))).isFalse();
  }

  @Test
  void absurdlyLongUrlsAreNeverAdmitted() {
    URI huge = URI.create("https://example.com/news/2026/" + "a".repeat(5000));
    assertThat(NEWS_ONLY.admits(huge)).isFalse();
  }
}
