package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Articles for tests. */
final class Articles {
  private Articles() {}

  static Article english() {
    return Article.of(
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm?utm_source=rss",
        "http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm",
        new Source("chinadaily", "China Daily", "CN"),
        "Let us join hands to make Internet safe",
        List.of("Tang Lan"),
        OffsetDateTime.parse("2012-02-07T08:23:00+08:00"),
        null,
        "en",
        "China Daily",
        null,
        "With the Safer Internet Day being observed on Feb 7, it's time for more countries to join hands.\n\n"
            + "Such perverse accusations ignore two basic facts.",
        Instant.parse("2026-11-29T12:00:00Z"));
  }

  static Article withText(String title, String text) {
    String url = "https://example.com/news/" + Integer.toHexString((title + text).hashCode());
    return Article.of(
        url, url, new Source("example", "Example News", "US"), title, List.of(), null, null, null, null, null,
        text, Instant.parse("2026-11-29T12:00:00Z"));
  }
}
