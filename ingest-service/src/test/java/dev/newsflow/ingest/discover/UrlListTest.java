package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlListTest {

  @Test
  void readsUrlsSkippingCommentsAndBlankLinesAndReportsBadLinesByNumber() {
    UrlList list = UrlList.parse("""
        \uFEFF# backfill, February 2012
        http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm

          https://news.example.org/world/2012/02/07/talks-resume#comments \t
        # https://commented.out/
        not a url
        ftp://files.example/article.txt
        /relative/path
        http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm
        """);

    assertThat(list.urls()).containsExactly(
        URI.create("http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm"),
        URI.create("https://news.example.org/world/2012/02/07/talks-resume#comments"));
    assertThat(list.problems()).containsExactly(
        new UrlList.Problem(6, "not a url", "bad-url"),
        new UrlList.Problem(7, "ftp://files.example/article.txt", "unsupported-scheme"),
        new UrlList.Problem(8, "/relative/path", "bad-url"));
  }

  @ParameterizedTest
  @CsvSource({
    "http://e.example/a,          ",
    "HTTPS://E.example/a?b=c,     ",
    "http:/e.example/a,           bad-url",
    "http://,                     bad-url",
    "mailto:desk@e.example,       unsupported-scheme",
    "javascript:alert(1),         unsupported-scheme",
    "http://e.example/a b,        bad-url",
    "e.example/a,                 bad-url",
  })
  void judgesEachLine(String line, String problem) {
    UrlList list = UrlList.parse(line);

    if (problem == null) {
      assertThat(list.urls()).containsExactly(URI.create(line));
      assertThat(list.problems()).isEmpty();
    } else {
      assertThat(list.urls()).isEmpty();
      assertThat(list.problems()).extracting(UrlList.Problem::reason).containsExactly(problem);
    }
  }

  @Test
  void absurdlyLongLineIsReportedNotParsed() {
    UrlList list = UrlList.parse("http://e.example/" + "a".repeat(UrlList.MAX_LINE_LENGTH));

    assertThat(list.problems()).extracting(UrlList.Problem::reason).containsExactly("too-long");
    assertThat(list.problems().get(0).text()).hasSize(200);
  }

  @Property
  void neverThrowsAndAccountsForEveryNonCommentLine(@ForAll String text) {
    UrlList list = UrlList.parse(text);

    long meaningful = text.lines()
        .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l)
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .count();
    assertThat(list.urls().size() + list.problems().size()).isLessThanOrEqualTo((int) meaningful);
    assertThat(list.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }
}
