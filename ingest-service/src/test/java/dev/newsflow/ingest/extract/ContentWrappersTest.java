package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layouts seen on real pages (the shared extraction datasets) where the article sits in a block
 * whose tag or name looks like boilerplate, or is cut into parts by layout blocks and ads.
 */
class ContentWrappersTest {
  static final String NAV = "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>";
  static final String MENU = "<div class=menu><ul><li><a href=/a>Politics</a></li><li><a href=/b>Business</a></li>"
      + "<li><a href=/c>Culture</a></li><li><a href=/d>Travel and leisure</a></li></ul></div>";
  static final String FIRST = "The harbour authority said on Monday that the new container terminal, "
      + "which took four years to build, will open to ships in the spring.";
  static final String SECOND = "Officials expect the terminal to handle a third of the port's traffic, easing "
      + "congestion that has delayed deliveries across the region for months.";
  static final String THIRD = "Shipping companies, which had warned of rising costs, welcomed the news but said "
      + "they would wait for the first weeks of operation before changing their routes.";

  static String extractText(String body) throws ExtractionException {
    return ArticleExtractorTest.extract(ArticleExtractorTest.page("<title>Terminal</title>", NAV + MENU + body), null)
        .text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrapper named after an ad margin|<div class=Page-ad-margins><div class=paywall>{A}</div></div>",
      "article node marked promoted|<article class='node node-article node-promoted'>{A}</article>",
      "ASP.NET form around the page|<form id=Form1 method=post><div id=content>{A}</div></form>",
      "content block also named share|<div class='entry-content no-share'>{A}</div>",
      "article in an aside named as content|<main><aside class='pa pa-direct-content'>{A}</aside></main>",
  })
  void articleInABlockThatLooksLikeBoilerplateIsKept(String layout, String body) throws ExtractionException {
    String article = "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>";

    assertThat(extractText(body.replace("{A}", article))).contains(FIRST, SECOND, THIRD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sections in layout wrappers with an ad between|"
          + "<section class=block><div class=row><div class=col><div class=text><p>{1}</p></div></div></div></section>"
          + "<div class=ad-slot>Advertisement: buy a boat today, limited offer</div>"
          + "<section class=block><div class=row><div class=col><div class=text><p>{2}</p><p>{3}</p></div></div></div></section>",
      "loose paragraph after the text block|<div class=story><p>{1}</p><p>{2}</p></div><p>{3}</p>",
      "subheading between two parts|<div class=part><p>{1}</p></div><h2>What shippers say</h2><div class=part><p>{2}</p><p>{3}</p></div>",
  })
  void articleCutIntoPartsIsTakenWhole(String layout, String body) throws ExtractionException {
    String text = extractText(body.replace("{1}", FIRST).replace("{2}", SECOND).replace("{3}", THIRD));

    assertThat(text).contains(FIRST, SECOND, THIRD).doesNotContain("Advertisement", "Politics", "Home");
    assertThat(text.indexOf(FIRST)).isLessThan(text.indexOf(SECOND));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "thread in a block named comments|<div id=comments>{C}</div>",
      "thread inside an unclosed anchor|<a name=feedback /><div class=commentlist>{C}</div>",
  })
  void commentThreadLongerThanTheArticleIsNotText(String layout, String thread) throws ExtractionException {
    StringBuilder comments = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      comments.append("<h4>re: Terminal ").append(i).append("</h4><p>Reader ").append(i)
          .append(" says: great news for the port, and about time too, we have waited for years.</p>");
    }
    String body = "<div class=post><h2>Terminal opens</h2><p>" + FIRST + "</p><p>" + SECOND + "</p><p>"
        + THIRD + "</p></div>" + thread.replace("{C}", comments.toString());

    assertThat(extractText(body)).contains(FIRST, SECOND, THIRD).doesNotContain("Reader", "re: Terminal");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wrapper named comments around the headline|<div id=comments-wrap><h1>Terminal</h1>{A}</div>",
  })
  void blockNamedCommentsThatHoldsTheHeadlineIsKept(String layout, String body) throws ExtractionException {
    String article = "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>";

    assertThat(extractText(body.replace("{A}", article))).contains(FIRST, SECOND, THIRD);
  }
}
