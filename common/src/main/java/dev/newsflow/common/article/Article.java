package dev.newsflow.common.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A clean article as ingest-service publishes it to {@code news.articles}.
 *
 * <p>The JSON form is described by {@code schemas/article.v1.json}. Times keep the offset the page
 * gave (or the source's time zone): they are never silently converted to UTC.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION} for records written now
 * @param id stable id, {@link ArticleId#of(String)} of {@code canonicalUrl}
 * @param url the URL the article was fetched from
 * @param canonicalUrl the article's canonical URL (the id is derived from it)
 * @param source the outlet, from the source registry
 * @param title headline without site-name decoration
 * @param authors person names only, never outlet names or UI text; empty when unknown
 * @param published publication time with its offset, or null when the page does not tell
 * @param modified last modification time with its offset, or null
 * @param languageHint language the page or the source declares (BCP 47), or null; a hint only
 * @param siteName the site's own name (e.g. from {@code og:site_name} or the logo), or null
 * @param description the description the page declares about itself ({@code og:description},
 *     meta {@code description}, JSON-LD {@code description}), or null when it declares none; never
 *     derived from the text (the first paragraph is the first of {@code blocks})
 * @param text main text, paragraphs separated by one blank line
 * @param fetchedAt when the page was fetched
 * @param contentHash {@link ContentHash#of(String)} of {@code text}
 * @param blocks the paragraphs of {@code text} with their kinds (heading, list item, quote ...), in
 *     order: joined with blank lines ({@code "\n\n"}) they give exactly {@code text}. Empty when
 *     the structure is unknown (records written before the field existed). Added to version 1
 *     compatibly; {@code contentHash} covers the text only, not the kinds
 * @param section the section the page files the article under ("Politics", "国际"), or null
 * @param tags the page's own tags or keywords, in its order, without duplicates; empty when it
 *     gives none
 * @param image the absolute http(s) URL of the article's main image, or null
 * @param publishedLocal the publication time as the page shows it (wall clock, no offset): equal to
 *     {@code published}'s local time when that is known, and the only publication time when the
 *     page shows a local time that neither the page nor the source places in a time zone (then
 *     {@code published} stays null rather than guessing UTC). Null when the page shows none
 * @param outlet the outlet a byline names ("By Tang Lan (China Daily)", "(Reuters)"), which may
 *     differ from the source's name for syndicated copy; null when the byline names none
 */
public record Article(
    int schemaVersion,
    String id,
    String url,
    String canonicalUrl,
    Source source,
    String title,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String languageHint,
    String siteName,
    String description,
    String text,
    Instant fetchedAt,
    String contentHash,
    List<Block> blocks,
    String section,
    List<String> tags,
    String image,
    LocalDateTime publishedLocal,
    String outlet) {

  public static final int SCHEMA_VERSION = 1;

  public Article {
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
    }
    if (!ArticleId.isValid(id)) {
      throw new IllegalArgumentException("not an article id: " + id);
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentHash, "contentHash");
    title = title == null ? "" : title;
    authors = authors == null ? List.of() : List.copyOf(authors);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (tags.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a tag is blank");
    }
    if (image != null && !image.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("image is not an absolute http(s) URL: " + image);
    }
    if (!blocks.isEmpty() && !joined(blocks).equals(text)) {
      throw new IllegalArgumentException("blocks joined with blank lines are not the text");
    }
    if (published != null) {
      if (publishedLocal == null) {
        publishedLocal = published.toLocalDateTime();
      } else if (!publishedLocal.equals(published.toLocalDateTime())) {
        throw new IllegalArgumentException(
            "publishedLocal " + publishedLocal + " is not the local time of published " + published);
      }
    }
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }

  /**
   * A record written before {@code blocks}, {@code section}, {@code tags} and {@code image} existed.
   */
  public Article(
      int schemaVersion, String id, String url, String canonicalUrl, Source source, String title,
      List<String> authors, OffsetDateTime published, OffsetDateTime modified, String languageHint,
      String siteName, String description, String text, Instant fetchedAt, String contentHash) {
    this(schemaVersion, id, url, canonicalUrl, source, title, authors, published, modified, languageHint,
        siteName, description, text, fetchedAt, contentHash, List.of(), null, List.of(), null, null, null);
  }

  /**
   * This article with its text's structure.
   *
   * @throws IllegalArgumentException when the blocks joined with blank lines are not {@link #text()}
   */
  public Article withBlocks(List<Block> blocks) {
    return new Article(schemaVersion, id, url, canonicalUrl, source, title, authors, published, modified,
        languageHint, siteName, description, text, fetchedAt, contentHash, blocks, section, tags, image,
        publishedLocal, outlet);
  }

  /**
   * This article with the section, tags and main image its page gives.
   *
   * @throws IllegalArgumentException when a tag is blank or the image is not an absolute http(s) URL
   */
  public Article withDetails(String section, List<String> tags, String image) {
    return new Article(schemaVersion, id, url, canonicalUrl, source, title, authors, published, modified,
        languageHint, siteName, description, text, fetchedAt, contentHash, blocks, section, tags, image,
        publishedLocal, outlet);
  }

  /**
   * This article with the wall-clock publication time the page shows and the outlet its byline
   * names.
   *
   * @throws IllegalArgumentException when {@code publishedLocal} contradicts {@link #published()}
   */
  public Article withByline(LocalDateTime publishedLocal, String outlet) {
    return new Article(schemaVersion, id, url, canonicalUrl, source, title, authors, published, modified,
        languageHint, siteName, description, text, fetchedAt, contentHash, blocks, section, tags, image,
        publishedLocal, outlet);
  }

  /** The text {@code blocks} stand for: their texts joined with one blank line. */
  public static String joined(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(block.text());
    }
    return text.toString();
  }

  /**
   * Builds a current-version article, deriving the id from the canonical URL and the content hash
   * from the text.
   */
  public static Article of(
      String url,
      String canonicalUrl,
      Source source,
      String title,
      List<String> authors,
      OffsetDateTime published,
      OffsetDateTime modified,
      String languageHint,
      String siteName,
      String description,
      String text,
      Instant fetchedAt) {
    return new Article(
        SCHEMA_VERSION,
        ArticleId.of(canonicalUrl),
        url,
        canonicalUrl,
        source,
        title,
        authors,
        published,
        modified,
        languageHint,
        siteName,
        description,
        text,
        fetchedAt,
        ContentHash.of(text));
  }
}
