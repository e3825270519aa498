package dev.newsflow.enrich;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** An article whose text is a fixture of {@code src/test/resources/mixed-language/}. */
  static Article fromFixture(String title, String name) {
    try (InputStream in = Articles.class.getResourceAsStream("/mixed-language/" + name)) {
      return withText(title, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
