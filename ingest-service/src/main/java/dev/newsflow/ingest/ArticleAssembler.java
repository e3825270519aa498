package dev.newsflow.ingest;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.canonical.UrlCanonicalizer;
import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.discover.FeedEntry;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.DocumentExtractor;
import dev.newsflow.ingest.extract.ExtractedArticle;
import dev.newsflow.ingest.extract.ExtractionOverrides;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.source.SourceConfig;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of a fetched page into the article record: decode, extract, pick the canonical
 * URL and fill gaps from what discovery knew (a feed item's title and date). Shared by live
 * fetching and archive replay, so both publish the same record for the same page.
 *
 * <p>A body that is a file rather than a page (by its first bytes or its declared type) goes to
 * the {@link DocumentExtractor}: PDF, DOC and DOCX become articles like pages do; other binaries
 * are refused with {@code unsupported-type}. A body declared as a file that is really HTML (a
 * misconfigured server) is read as HTML.
 */
public final class ArticleAssembler {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleAssembler.class);

  private final PageDecoder decoder;
  private final ArticleExtractor extractor;
  private final DocumentExtractor documents;
  /** Sources already warned about a body selector that found nothing: once each is enough. */
  private final Set<String> warnedSources = ConcurrentHashMap.newKeySet();

  /** An assembler that reads documents with {@link DocumentExtractor}'s default limits. */
  public ArticleAssembler(PageDecoder decoder, ArticleExtractor extractor) {
    this(decoder, extractor, new DocumentExtractor());
  }

  public ArticleAssembler(PageDecoder decoder, ArticleExtractor extractor, DocumentExtractor documents) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  /**
   * The article on a page.
   *
   * @param source the outlet the page belongs to
   * @param url the URL the page was finally served from (after redirects)
   * @param body the response body as received (any charset)
   * @param contentType the response's {@code Content-Type}, or null
   * @param fetchedAt when it was fetched
   * @param discovered what discovery knew about the page (feed item), or null
   * @throws ExtractionException when the page holds no article (with the reason)
   */
  public Article assemble(
      SourceConfig source, URI url, byte[] body, String contentType, Instant fetchedAt, FeedEntry discovered)
      throws ExtractionException {
    return assemble(source.source(), source.timeZone(), source.languageHint(), source.extraction(), url, body,
        contentType, fetchedAt, discovered);
  }

  /**
   * The article on a page whose outlet is known without a source registry entry (an archived
   * page, say).
   *
   * @param source the outlet as it appears in the article record
   * @param timeZone the outlet's time zone, or null when unknown
   * @param languageHint the outlet's main language (BCP 47), or null
   * @see #assemble(SourceConfig, URI, byte[], String, Instant, FeedEntry)
   */
  public Article assemble(
      Source source, ZoneId timeZone, String languageHint, URI url, byte[] body, String contentType,
      Instant fetchedAt, FeedEntry discovered) throws ExtractionException {
    return assemble(source, timeZone, languageHint, ExtractionOverrides.NONE, url, body, contentType, fetchedAt,
        discovered);
  }

  /**
   * The article on a page, read with the source's own selectors.
   *
   * @param overrides the source's selectors; {@link ExtractionOverrides#NONE} for none
   * @see #assemble(Source, ZoneId, String, URI, byte[], String, Instant, FeedEntry)
   */
  public Article assemble(
      Source source, ZoneId timeZone, String languageHint, ExtractionOverrides overrides, URI url, byte[] body,
      String contentType, Instant fetchedAt, FeedEntry discovered) throws ExtractionException {
    ExtractedArticle extracted = extract(timeZone, overrides, url, body, contentType);
    if (extracted.bodySelectorMissed() && warnedSources.add(source.id())) {
      LOG.warn("source {}: body selector '{}' found nothing on {}; the heuristics chose the text"
          + " (warned once per source)", source.id(), overrides.body(), url);
    }
    String canonical = canonicalFor(url, extracted.canonicalUrl());
    // The page's own time wins; a feed's or sitemap's time beats a day read off the URL.
    boolean pageTells = extracted.published() != null && !extracted.publishedFromUrl();
    OffsetDateTime published = pageTells || discovered == null || discovered.published() == null
        ? extracted.published()
        : discovered.published();
    String language = extracted.languageHint() != null ? extracted.languageHint() : languageHint;
    String title = !extracted.title().isBlank() || discovered == null || discovered.title() == null
        ? extracted.title()
        : discovered.title();
    return Article.of(
        url.toString(),
        canonical,
        source,
        title,
        extracted.authors(),
        published,
        extracted.modified(),
        language,
        extracted.siteName(),
        extracted.description(),
        extracted.text(),
        fetchedAt)
        .withBlocks(extracted.blocks())
        .withDetails(extracted.section(), extracted.tags(), extracted.image())
        // A placed time gives the local one; without one, the page's unplaced local time is all there is.
        .withByline(published == null ? extracted.publishedLocal() : null, extracted.outlet());
  }

  private ExtractedArticle extract(ZoneId timeZone, ExtractionOverrides overrides, URI url, byte[] body,
      String contentType) throws ExtractionException {
    if (documents.handles(body, contentType)) {
      return documents.extract(body, contentType, url, timeZone);
    }
    DecodedPage page = decoder.decode(body, contentType);
    return extractor.extract(page, url, timeZone, overrides);
  }

  /** The page's canonical link when it stays on the same site, else the URL it was fetched from. */
  static String canonicalFor(URI fetched, String declaredCanonical) {
    if (declaredCanonical != null) {
      try {
        URI declared = fetched.resolve(declaredCanonical.strip());
        if (declared.getHost() != null && sameSite(declared.getHost(), fetched.getHost())) {
          return UrlCanonicalizer.canonicalize(declared);
        }
      } catch (IllegalArgumentException e) {
        // An unusable canonical link (bad syntax, other scheme) is ignored: the fetched URL stands.
      }
    }
    return UrlCanonicalizer.canonicalize(fetched);
  }

  private static boolean sameSite(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String y = b.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
  }
}
