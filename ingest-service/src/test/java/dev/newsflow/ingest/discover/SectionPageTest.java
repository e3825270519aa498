package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SectionPageTest {
  private static final URI PAGE = URI.create("https://www.example.com/world/");
  private static final String HTML = """
      <html><head><base href="https://www.example.com/"></head><body>
      <nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/tag/storms">Storms</a>
        <a href="/author/jane-doe">Jane Doe</a> <a href="/category/europe">Europe</a></nav>
      <main>
        <a href="world/2026/11/29/harbour-reopens-after-storm">Harbour reopens</a>
        <a href="https://www.example.com/world/2026/11/29/harbour-reopens-after-storm#comments">12 comments</a>
        <a href="https://edition.example.com/asia/ferry-operators-resume-normal-timetables">Ferries</a>
        <a href="https://other.org/2026/11/29/someone-elses-story-about-the-storm">Elsewhere</a>
        <a href="/video/12345678">Video</a>
        <a href="javascript:void(0)">Share</a>
      </main></body></html>
      """;

  @Test
  void collectsSameSiteArticleLinksOnceInPageOrder() {
    assertThat(SectionPage.articleLinks(HTML, PAGE, ArticlePatterns.NONE, 100)).containsExactly(
        URI.create("https://www.example.com/world/2026/11/29/harbour-reopens-after-storm"),
        URI.create("https://edition.example.com/asia/ferry-operators-resume-normal-timetables"),
        URI.create("https://www.example.com/video/12345678"));
  }

  @Test
  void sourcePatternsDecideInsteadOfTheGuess() {
    ArticlePatterns patterns = new ArticlePatterns(List.of(Pattern.compile("/world/\\d{4}/")), List.of());
    assertThat(SectionPage.articleLinks(HTML, PAGE, patterns, 100))
        .containsExactly(URI.create("https://www.example.com/world/2026/11/29/harbour-reopens-after-storm"));
  }

  @Test
  void stopsAtTheLimit() {
    assertThat(SectionPage.articleLinks(HTML, PAGE, ArticlePatterns.NONE, 1)).hasSize(1);
  }

  @Test
  void garbageGivesNoLinksRatherThanAnError() {
    assertThat(SectionPage.articleLinks("\u0000<<a href=>>\uFFFD</", PAGE, ArticlePatterns.NONE, 100)).isEmpty();
  }
}
