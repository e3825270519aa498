package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Main-block rules, each on a small page in {@code src/test/resources/extract/layouts} shaped like
 * the pages that called for it. Every page holds the same three paragraphs of an article; the
 * table says what else must or must not come out.
 */
class LayoutRulesTest {
  static final Path DIR = Path.of("src", "test", "resources", "extract", "layouts");
  static final String FIRST = "The council voted on Tuesday to rebuild the old river bridge";
  static final String SECOND = "Engineers expect the work to take eighteen months";
  static final String THIRD = "Shop owners on both banks";

  static String extractText(String fixture) throws IOException, ExtractionException {
    String html = Files.readString(DIR.resolve(fixture), StandardCharsets.UTF_8);
    return ArticleExtractorTest.extract(html, null).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // A content word beside a junk word in one class name does not make it content.
      "related-articles-in-one-class-name.html|-|Flood defences",
      // "has-ads", "non-paywall": the block has or lacks ads, it is not one.
      "section-that-has-ads.html|-|From the archive",
      "section-outside-the-paywall.html|-|From the archive",
      // Hashed CSS-in-JS names ("tagStyle_z4kqwb") say nothing, though "tag" is a chrome word.
      "generated-class-names.html|-|From the archive",
      // Page builders call every block a widget; a sidebar widget still goes.
      "page-builder-widgets.html|-|Recent posts",
      // An unclosed share bar wraps the text: its prose stays, the real share bar goes.
      "unclosed-share-bar-around-the-text.html|-|Share by e-mail",
      // A link around the whole article is a wrapper, not a link list.
      "link-wrapping-the-article.html|-|Tram line",
      // The article's own header holds its lead; the site's header is still chrome.
      "article-header-with-lead.html|will be rebuilt at last|newspaper of the valley",
      // "table-header", "print-step", an anchor id "nav_..." on a heading: parts of the text.
      "names-qualified-by-their-component.html|Flour, 500 g|Contact us",
      "names-qualified-by-their-component.html|Second step: the filling|Home",
      // A front page of dated posts is a listing: the first (newest) post is the article.
      "blog-front-page-of-dated-posts.html|-|Long hair cut short",
      "blog-front-page-of-dated-posts.html|-|Snow in the south",
      // A lead between the headline and the text column is text; a caption with its credit is not.
      "lead-above-the-text-column.html|will be rebuilt at last|City archive",
      // Captions and legends of pictures describe the picture, which is not part of the text.
      "captions-inside-the-text.html|-|Jane Doe",
      "captions-inside-the-text.html|-|Cracks in the second pier",
      // Captions that lost their markup still give themselves away by a figure label or a credit.
      "captions-in-plain-paragraphs.html|-|Jane Doe",
      "captions-in-plain-paragraphs.html|-|Cracks in the second pier",
      "captions-in-plain-paragraphs.html|-|as the engineers drew it",
      // After the text, a block continues it only with prose or a table: a box of labels and
      // contact lines is not the article.
      "boxes-after-the-text.html|New deck laid in four sections|Questions about this article",
      "boxes-after-the-text.html|New deck laid in four sections|Write to the newsroom",
      // A figure holding a table, or a caption written as prose, is text; a short caption is not.
      "figures-holding-text.html|the council had set aside money for a second survey|The second pier",
      "figures-holding-text.html|March to October|Jane Doe",
      // A lead the markup names as one is text even when a player or a prompt stands between it
      // and the body; the player's labels are not.
      "named-lead-above-a-player.html|will be rebuilt within two years|Listen to this article",
      // A lead above a long toolbar of options is still within reach of the body.
      "lead-above-a-toolbar.html|will be rebuilt within two years|Option 3",
      // A teaser cut off by a "more" link, and the stated reading time, are labels.
      "read-more-teaser-and-reading-time.html|-|Ferry timetable",
      "read-more-teaser-and-reading-time.html|-|Reading time",
      // A table of contents is navigation; a figcaption is a caption even outside a figure.
      "table-of-contents-above-the-text.html|The works|In this article",
      "table-of-contents-above-the-text.html|The works|Cracks in the first pier",
      // A box about the author under the text is not the text.
      "author-box-under-the-text.html|-|covered the valley",
  })
  void articleComesOutWholeAndOnlyIt(String fixture, String alsoKept, String dropped)
      throws IOException, ExtractionException {
    String text = extractText(fixture);

    assertThat(text).contains(FIRST, SECOND, THIRD);
    if (alsoKept != null) {
      assertThat(text).contains(alsoKept);
    }
    assertThat(text).doesNotContain(dropped);
  }

  @Test
  void softHyphensLeaveTheTextSinceTheyAreNeverShownWithinAWord() throws IOException, ExtractionException {
    String text = extractText("soft-hyphens-in-the-text.html");

    assertThat(text).contains(FIRST, SECOND, THIRD, "closed to lorries").doesNotContain("\u00ad");
  }

  @Test
  void authorBoxTooShortForABioIsStillReadAsTheByline() throws IOException, ExtractionException {
    String html = Files.readString(DIR.resolve("author-box-under-the-text.html"), StandardCharsets.UTF_8);

    ExtractedArticle article = ArticleExtractorTest.extract(html, null);

    assertThat(article.authors()).containsExactly("Jane Doe");
    assertThat(article.text()).doesNotContain("covered the valley");
  }

  @ParameterizedTest(name = "class=\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "share-bar|true|false|false",
      "c-related-articles--row|true|false|false",
      "article-comments|true|false|false",
      "entry-content no-share|false|true|false",
      "o-section--has-ads|false|false|false",
      "row non-paywall|false|false|false",
      "no-comments|false|false|false",
      "tagStyle_z4kqwb-o_O-style_1tcxgp3|false|false|false",
      "widget widget_recent_entries|false|false|true",
      "elementor-widget-container|false|false|false",
      "site-header|false|false|true",
      "table-header|false|false|false",
      "btn-print print|false|false|true",
      "kb-tip-print-step|false|false|false",
      "sidebar|false|false|true",
      "main with-navigation|false|true|false",
      "TestReport__Section TestReport__Section--Ads|false|false|false",
      "m-shared-nav-content-inner|false|true|true",
      "wp-caption-text|true|false|false",
      "ez-toc-container|true|false|false",
      "image-legend|true|false|false",
  })
  void classNamesAreReadTokenByToken(String classes, boolean junk, boolean content, boolean chrome) {
    Element e = Jsoup.parse("<div class='" + classes + "'></div>").body().child(0);

    Boilerplate.Kind kind = new Boilerplate.Names().of(e);

    assertThat(kind.junk()).as("junk").isEqualTo(junk);
    assertThat(kind.content()).as("content").isEqualTo(content);
    assertThat(kind.chrome()).as("chrome").isEqualTo(chrome);
  }
}
