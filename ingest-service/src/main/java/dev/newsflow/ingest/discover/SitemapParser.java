package dev.newsflow.ingest.discover;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Parses XML sitemaps (sitemaps.org protocol 0.9): URL sets, sitemap indexes and the Google News
 * extension, plain or gzip-compressed (told apart by the bytes, not the file name).
 *
 * <pre>{@code
 * Sitemap sitemap = new SitemapParser().parse(result.body(), result.finalUrl());
 * switch (sitemap.kind()) {
 *   case INDEX -> sitemap.sitemaps().forEach(child -> schedule(child.location()));
 *   case URL_SET -> sitemap.urls().forEach(url -> consider(url.location(), url.news()));
 * }
 * }</pre>
 *
 * <p>Safe on hostile input: DTDs and external entities are never processed, and the protocol's
 * limits are enforced while streaming, after decompression (so a gzip bomb stops at the limit):
 * 50 MB and 50,000 entries by default. Every failure is a {@link SitemapException}. Entries
 * without a usable http(s) {@code <loc>} are skipped and counted. Thread-safe.
 */
public final class SitemapParser {
  /** The protocol's size limit, uncompressed: 50 MB (52,428,800 bytes). */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
  /** The protocol's limit of entries per sitemap. */
  public static final int DEFAULT_MAX_URLS = 50_000;

  private final long maxBytes;
  private final int maxUrls;

  /** A parser with the protocol's limits. */
  public SitemapParser() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_URLS);
  }

  /** A parser that refuses more than {@code maxBytes} (uncompressed) or {@code maxUrls} entries. */
  public SitemapParser(long maxBytes, int maxUrls) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxUrls <= 0) {
      throw new IllegalArgumentException("maxUrls must be positive, was " + maxUrls);
    }
    this.maxBytes = maxBytes;
    this.maxUrls = maxUrls;
  }

  /**
   * Parses a sitemap.
   *
   * @param content the sitemap as served, gzip-compressed or not
   * @param sitemapUrl where it came from, to resolve relative locations against
   */
  public Sitemap parse(byte[] content, URI sitemapUrl) throws SitemapException {
    return parse(content, sitemapUrl, null);
  }

  /**
   * Parses a sitemap whose news publication dates without a zone are read in {@code timeZone}
   * (the source's), or dropped when it is null.
   */
  public Sitemap parse(byte[] content, URI sitemapUrl, ZoneId timeZone) throws SitemapException {
    Objects.requireNonNull(content, "content");
    return parse(new ByteArrayInputStream(content), sitemapUrl, timeZone);
  }

  /** Parses a sitemap from a stream, reading no more than the limit; does not close the stream. */
  public Sitemap parse(InputStream content, URI sitemapUrl) throws SitemapException {
    return parse(content, sitemapUrl, null);
  }

  /** As {@link #parse(InputStream, URI)}, zone-less news dates read in {@code timeZone}. */
  public Sitemap parse(InputStream content, URI sitemapUrl, ZoneId timeZone) throws SitemapException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sitemapUrl, "sitemapUrl");
    try {
      InputStream raw = new BufferedInputStream(new Bounded(content, maxBytes, "compressed"), 8192);
      InputStream xml = isGzip(raw) ? new Bounded(new GZIPInputStream(raw, 8192), maxBytes, "uncompressed") : raw;
      return SitemapReader.read(XmlCharsets.reader(xml), sitemapUrl, maxUrls, timeZone);
    } catch (LimitExceeded e) {
      throw new SitemapException(SitemapException.Reason.TOO_LARGE, e.getMessage());
    } catch (ZipException | EOFException e) {
      throw new SitemapException(SitemapException.Reason.BAD_GZIP, "not a readable gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SitemapException(SitemapException.Reason.IO, "cannot read sitemap: " + e.getMessage(), e);
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** Signals that the input went past the limit. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message);
    }
  }

  /** Counts bytes and fails once there are more than the limit. Never closes the stream it wraps. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    Bounded(InputStream in, long limit, String what) {
      super(in);
      this.limit = limit;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }

    private void count(long n) throws LimitExceeded {
      count += n;
      if (count > limit) {
        throw new LimitExceeded("sitemap exceeds " + limit + " bytes " + what);
      }
    }
  }
}
