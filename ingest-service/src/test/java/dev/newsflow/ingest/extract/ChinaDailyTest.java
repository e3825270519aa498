package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import dev.newsflow.ingest.decode.PageDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example the product was specified from: see the seed README's table. */
class ChinaDailyTest {
  static final String FILE = "chinadaily-2012-internet-safety.html";
  static final URI URL = URI.create(DemoSite.BASE + "/" + FILE);
  static final Path SEED_TEXT = Path.of("..", "..", "shared", "seed", "china-daily-2012-naive-text.txt");

  static ExtractedArticle article;

  @BeforeAll
  static void extract() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor(
        Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), new PageDecoder());
    article = extractor.extract(
        DemoSite.page(FILE), "text/html", URL, ZoneId.of("Asia/Shanghai"));
  }

  static List<String> seedParagraphs() {
    // The body paragraphs as printed, as in the seed dump: everything from the first sentence on.
    String seed = ChinaDailyTestData.SEED_BODY;
    return Arrays.stream(seed.split("\n")).filter(s -> !s.isBlank()).toList();
  }

  @Test
  void titleIsTheHeadlineWithoutSectionAndSiteName() {
    assertThat(article.title()).isEqualTo("Let us join hands to make Internet safe");
  }

  @Test
  void publishedTimeUsesSourceTimeZoneWhenPageShowsLocalTime() {
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2012-02-07T08:23:00+08:00"));
    assertThat(article.published().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void bylineGivesThePersonAsAuthorAndTheOutletSeparately() {
    assertThat(article.authors()).containsExactly("Tang Lan");
    assertThat(article.outlet()).isEqualTo("China Daily");
  }

  @Test
  void siteNameComesFromTheLogoNotFromTheText() {
    assertThat(article.siteName()).isEqualTo("China Daily");
  }

  @Test
  void textIsExactlyTheArticleParagraphsIncludingTheAuthorDescription() {
    assertThat(article.paragraphs()).containsExactlyElementsOf(seedParagraphs());
    assertThat(article.paragraphs().getLast()).startsWith("The author is deputy director");
  }

  @Test
  void noHeaderLogoShareRelatedOrFooterArtefactsInText() {
    assertThat(article.text()).doesNotContain(
        "Make me your Homepage", "left corner", "China Daily Website", "Updated:", "By Tang Lan",
        "Share this", "Related Stories", "Cyber security needs global rules", "Copyright",
        "Most Viewed", "Font size", "Let us join hands");
  }

  @Test
  void naiveTextDumpOfTheFixtureReproducesTheSeedArtefacts() {
    // All text nodes plus image alt text, as a naive dump sees the page.
    Document doc = Jsoup.parse(new String(DemoSite.page(FILE), StandardCharsets.UTF_8));
    doc.select("script, style, title").remove();
    doc.select("img[alt]").forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(" " + img.attr("alt") + " ")));
    String naive = doc.body().text();

    assertThat(naive).contains("Make me your Homepage", "left corner", "China Daily Website",
        "Updated: 2012-02-07 08:23", "By Tang Lan ( China Daily)");
    assertThat(naive.indexOf("left corner")).isLessThan(naive.indexOf("China Daily Website"));
  }

  @Test
  void seedFileAndFixtureCarryTheSameArticleText() throws Exception {
    if (!Files.exists(SEED_TEXT)) {
      // The seed lives outside the repository; the fixture's copy is checked by the other tests.
      assertThat(ChinaDailyTestData.SEED_BODY).contains("Safer Internet Day");
      return;
    }
    String seed = Files.readString(SEED_TEXT);
    String body = seed.substring(seed.indexOf("With the Safer Internet Day"));
    assertThat(Arrays.stream(body.split("\n")).filter(s -> !s.isBlank()).toList())
        .containsExactlyElementsOf(seedParagraphs());
  }
}
