package dev.newsflow.ingest.extract;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Block;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleExtractor} finds in a page.
 *
 * @param title headline without site-name decoration; empty when the page has none
 * @param authors person names only, never outlet names or UI text; empty when unknown
 * @param outlet the outlet a byline names, e.g. {@code China Daily} in "By Tang Lan ( China Daily)";
 *     null when no byline names one
 * @param published publication time with the page's offset (or the source's time zone); null when
 *     the page does not tell or only shows a local time and no source time zone is known
 * @param publishedLocal the publication time as the page shows it, in its own local time: present
 *     whenever the page gives one, also when no offset places it (then {@code published} is null);
 *     equal to {@code published}'s local time when that is set
 * @param publishedFromUrl true when the only publication time is the day the URL names (no time
 *     of day): a feed's or sitemap's time for the same article is better
 * @param modified last modification time, same rules as {@code published}; null when unknown
 * @param canonicalUrl absolute canonical URL the page declares, or null
 * @param siteName the site's own name ({@code og:site_name}, publisher, logo), or null
 * @param description the description the page declares ({@code og:description}, meta
 *     {@code description}, JSON-LD); null when it declares none, never taken from the text
 * @param languageHint the language the page declares (BCP 47 as written, e.g. {@code zh-CN}), or null
 * @param text the main text, paragraphs separated by one blank line ({@code "\n\n"}); never blank
 * @param blocks the paragraphs of {@code text} with their kinds; joined with blank lines they are
 *     exactly {@code text}
 * @param section the section the page files the article under, or null
 * @param tags the page's own tags or keywords, in page order, without duplicates
 * @param image the main image as an absolute http(s) URL, or null
 * @param bodySelectorMissed true when the source's body selector found nothing on the page and
 *     the heuristics chose the text instead
 */
public record ExtractedArticle(
    String title,
    List<String> authors,
    String outlet,
    OffsetDateTime published,
    LocalDateTime publishedLocal,
    boolean publishedFromUrl,
    OffsetDateTime modified,
    String canonicalUrl,
    String siteName,
    String description,
    String languageHint,
    String text,
    List<Block> blocks,
    String section,
    List<String> tags,
    String image,
    boolean bodySelectorMissed) {

  public ExtractedArticle {
    title = title == null ? "" : title;
    authors = authors == null ? List.of() : List.copyOf(authors);
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an extracted article has text");
    }
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    if (published != null && publishedLocal == null) {
      publishedLocal = published.toLocalDateTime();
    } else if (published != null && !publishedLocal.equals(published.toLocalDateTime())) {
      throw new IllegalArgumentException("publishedLocal " + publishedLocal + " is not published " + published);
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (!Article.joined(blocks).equals(text)) {
      throw new IllegalArgumentException("blocks joined with blank lines are not the text");
    }
  }

  /** The paragraphs of {@link #text()}. */
  public List<String> paragraphs() {
    return List.of(text.split("\n\n"));
  }
}
