package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.Source;
import java.time.Instant;
import java.util.List;

/** Articles for tests. */
final class Articles {
  private Articles() {}

  static Article english() {
    return ArticleFixtures.chinaDaily();
  }

  static Article withText(String title, String text) {
    String url = "https://example.com/news/" + Integer.toHexString((title + text).hashCode());
    return Article.of(
        url, url, new Source("example", "Example News", "US"), title, List.of(), null, null, null, null, null,
        text, Instant.parse("2026-11-29T12:00:00Z"));
  }
}
