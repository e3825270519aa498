package dev.newsflow.ingest.state;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest-service knows about one URL, as kept in the crawl-state topic (the latest record per
 * URL wins).
 *
 * @param url the canonical URL, also the record's key
 * @param host the host that owns this record: the host of the source that found the URL (see
 *     {@link HostKey}); it chooses the record's partition, and so the ingest instance that crawls it
 * @param status what happened to the URL
 * @param articleId the published article's id; set when {@code PUBLISHED}
 * @param contentHash the published article's content hash; set when {@code PUBLISHED}
 * @param etag the ETag of the last response, sent back as If-None-Match; may be null
 * @param lastModified the Last-Modified of the last response, sent back as If-Modified-Since; may
 *     be null
 * @param reason the failure's reason code; set when {@code FAILED}
 * @param at when this was last confirmed (published, found unchanged, failed, listed)
 */
public record CrawlRecord(
    String url,
    String host,
    Status status,
    String articleId,
    String contentHash,
    String etag,
    String lastModified,
    String reason,
    Instant at) {

  /** What happened to a URL. */
  public enum Status {
    /** An article page that was published (and not changed since, as far as we know). */
    PUBLISHED,
    /** A page that failed for good (gone, no article in it, refused by robots.txt): not fetched again. */
    FAILED,
    /** A feed, sitemap or section page read in full; only its validators matter. */
    LISTED
  }

  public CrawlRecord {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    if (url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (status == Status.PUBLISHED && (articleId == null || contentHash == null)) {
      throw new IllegalArgumentException("a PUBLISHED record needs articleId and contentHash: " + url);
    }
    if (status == Status.FAILED && reason == null) {
      throw new IllegalArgumentException("a FAILED record needs a reason: " + url);
    }
  }

  /** A published article page. */
  public static CrawlRecord published(
      String url, String host, String articleId, String contentHash, String etag, String lastModified, Instant at) {
    return new CrawlRecord(url, host, Status.PUBLISHED, articleId, contentHash, etag, lastModified, null, at);
  }

  /** A page that failed for good. */
  public static CrawlRecord failed(String url, String host, String reason, Instant at) {
    return new CrawlRecord(url, host, Status.FAILED, null, null, null, null, reason, at);
  }

  /** A feed, sitemap or section page with the validators of its last full read. */
  public static CrawlRecord listed(String url, String host, String etag, String lastModified, Instant at) {
    return new CrawlRecord(url, host, Status.LISTED, null, null, etag, lastModified, null, at);
  }

  /** Whether a conditional request can be made for this URL. */
  public boolean hasValidators() {
    return etag != null || lastModified != null;
  }

  /** This record for another URL (a page's {@code rel=canonical} alias). */
  public CrawlRecord withUrl(String other) {
    return new CrawlRecord(other, host, status, articleId, contentHash, etag, lastModified, reason, at);
  }

  /** This record confirmed again at {@code when}, with the validators of that response. */
  public CrawlRecord confirmed(String newEtag, String newLastModified, Instant when) {
    return new CrawlRecord(url, host, status, articleId, contentHash,
        newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified, reason, when);
  }
}
