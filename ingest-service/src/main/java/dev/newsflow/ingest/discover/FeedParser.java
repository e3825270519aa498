package dev.newsflow.ingest.discover;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Parses feeds into entries: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x, told apart
 * by content, not by Content-Type (which servers get wrong).
 *
 * <pre>{@code
 * List<FeedEntry> entries = new FeedParser().parse(result.body(), result.finalUrl());
 * }</pre>
 *
 * <p>Safe on hostile input: DTDs and external entities are never processed, input beyond the
 * limit is refused, and every failure is a {@link FeedException}. Entries without a usable
 * http(s) link are skipped. Thread-safe.
 */
public final class FeedParser {
  /** The default input limit: 10 MiB, far beyond any real feed. */
  public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

  private final int maxBytes;

  /** A parser with the {@link #DEFAULT_MAX_BYTES default limit}. */
  public FeedParser() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A parser that refuses input larger than {@code maxBytes}. */
  public FeedParser(int maxBytes) {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Parses a feed.
   *
   * @param content the feed as served; its encoding comes from the BOM or the XML declaration
   * @param feedUrl where the feed came from, to resolve relative links against
   * @param timeZone the zone a date without one is read in (the source's), or null: such dates are
   *     then dropped rather than guessed
   */
  public List<FeedEntry> parse(byte[] content, URI feedUrl, ZoneId timeZone) throws FeedException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(feedUrl, "feedUrl");
    if (content.length > maxBytes) {
      throw new FeedException(FeedException.Reason.TOO_LARGE,
          "feed of " + content.length + " bytes exceeds " + maxBytes);
    }
    return looksLikeJson(content)
        ? JsonFeedReader.read(content, feedUrl, timeZone)
        : XmlFeedReader.read(content, feedUrl, timeZone);
  }

  /** Parses a feed whose source has no known time zone: dates that name none are dropped. */
  public List<FeedEntry> parse(byte[] content, URI feedUrl) throws FeedException {
    return parse(content, feedUrl, null);
  }

  /** Parses a feed from a stream, reading no more than the limit (plus one byte to notice). */
  public List<FeedEntry> parse(InputStream content, URI feedUrl) throws FeedException {
    Objects.requireNonNull(content, "content");
    byte[] bytes;
    try {
      bytes = content.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new FeedException(FeedException.Reason.IO, "cannot read feed: " + e.getMessage(), e);
    }
    return parse(bytes, feedUrl);
  }

  private static boolean looksLikeJson(byte[] b) {
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i < b.length && b[i] == '{';
  }
}
