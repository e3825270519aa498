package dev.newsflow.ingest.discover;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A source's own rule for which URLs are articles: regular expressions searched for anywhere in
 * the absolute URL ({@link java.util.regex.Matcher#find()}, so anchor with {@code ^} or {@code $}
 * when needed). A URL is admitted when it matches at least one include pattern (or there are none)
 * and no exclude pattern.
 *
 * @param include patterns of which one must match; empty to admit every URL the excludes leave
 * @param exclude patterns of which none may match
 */
public record ArticlePatterns(List<Pattern> include, List<Pattern> exclude) {
  /** No patterns: discovery falls back to {@link ArticleLinks#looksLikeArticle}. */
  public static final ArticlePatterns NONE = new ArticlePatterns(List.of(), List.of());

  /** URLs longer than this are never matched: no article URL is that long, and it bounds regex work. */
  static final int MAX_URL_LENGTH = 2048;

  public ArticlePatterns {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** Whether the source gave any pattern at all. */
  public boolean isEmpty() {
    return include.isEmpty() && exclude.isEmpty();
  }

  /** Whether {@code url} passes the includes (when there are any) and none of the excludes. */
  public boolean admits(URI url) {
    Objects.requireNonNull(url, "url");
    String text = url.toString();
    if (text.length() > MAX_URL_LENGTH) {
      return false;
    }
    boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(text).find());
    return included && exclude.stream().noneMatch(p -> p.matcher(text).find());
  }

  /**
   * Whether a link found on a section page should be fetched as an article: the source's include
   * patterns decide when it has some, else the URL must look like an article; excludes always
   * apply.
   */
  public boolean selectsLink(URI url) {
    return include.isEmpty() ? admits(url) && ArticleLinks.looksLikeArticle(url) : admits(url);
  }
}
