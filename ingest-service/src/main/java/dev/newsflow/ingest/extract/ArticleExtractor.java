package dev.newsflow.ingest.extract;

import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's main text and metadata from an HTML page.
 *
 * <p>Main text: page chrome and boilerplate are removed (see {@code Boilerplate}), the block with
 * the densest prose is chosen, and its paragraphs, headings, list items and quotes are kept as
 * separate paragraphs. Bylines, date lines, "read also" teasers and editor credits are not text.
 *
 * <p>Metadata: title from {@code og:title}, JSON-LD {@code headline}, the first {@code h1} or
 * {@code <title>}, without site-name affixes; authors from meta tags and JSON-LD, else from a byline
 * near the text ("By Tang Lan ( China Daily)" gives author "Tang Lan" and outlet "China Daily");
 * published time from JSON-LD, meta tags, {@code <time datetime>}, else a visible date line read in
 * the source's time zone, else in the offset the page's own machine-readable times state. A time
 * that nothing places is not guessed as UTC: {@code published} stays null and {@code
 * publishedLocal} keeps the wall-clock time the page shows. A time after now (by the clock given)
 * is never returned. The date in the page's URL is the last resort. Section,
 * tags and main image come from JSON-LD ({@code articleSection}, {@code keywords}, {@code image}),
 * else meta tags ({@code article:section}, {@code article:tag}, {@code news_keywords}, {@code
 * keywords}, {@code og:image}); the description is only what the page declares, never its lead.
 *
 * <p>Instances are thread-safe; their only state is a cache of what class names say about a block.
 */
public final class ArticleExtractor {
  private static final Set<String> NON_HTML_PREFIXES = Set.of(
      "image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
      "application/gzip", "application/x-gzip", "application/msword", "application/vnd.",
      "application/octet-stream+binary", "application/x-shockwave-flash", "application/javascript",
      "application/json", "text/css", "text/javascript");

  private final Clock clock;
  private final PageDecoder decoder;
  /** Shared by all pages, as sites repeat their class names on every page. */
  private final Boilerplate.Names names = new Boilerplate.Names();

  /** An extractor that uses the system clock to reject future dates. */
  public ArticleExtractor() {
    this(Clock.systemUTC(), new PageDecoder());
  }

  /** An extractor for which "now" is {@code clock}'s, decoding raw bodies with {@code decoder}. */
  public ArticleExtractor(Clock clock, PageDecoder decoder) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /**
   * Decodes and extracts a fetched body.
   *
   * @param body the raw response body
   * @param contentType the {@code Content-Type} header, or null
   * @param url the URL the page was fetched from; relative links resolve against it
   * @param sourceZone the time zone the source shows local times in, or null when unknown
   * @throws ExtractionException when the body is empty, not HTML, or holds no main text
   */
  public ExtractedArticle extract(byte[] body, String contentType, URI url, ZoneId sourceZone)
      throws ExtractionException {
    return extract(body, contentType, url, sourceZone, ExtractionOverrides.NONE);
  }

  /**
   * Decodes and extracts a fetched body, with the source's own selectors winning over the
   * heuristics.
   *
   * @see #extract(byte[], String, URI, ZoneId)
   */
  public ExtractedArticle extract(
      byte[] body, String contentType, URI url, ZoneId sourceZone, ExtractionOverrides overrides)
      throws ExtractionException {
    if (body == null || body.length == 0) {
      throw new ExtractionException(ExtractionException.EMPTY, "empty body");
    }
    if (contentType != null) {
      String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      for (String prefix : NON_HTML_PREFIXES) {
        if (type.startsWith(prefix)) {
          throw new ExtractionException(ExtractionException.NOT_HTML, "content type " + type);
        }
      }
    }
    if (BinarySniffer.hasBinarySignature(body)) {
      throw new ExtractionException(ExtractionException.NOT_HTML, "binary file signature");
    }
    return extract(decoder.decode(body, contentType), url, sourceZone, overrides);
  }

  /**
   * Extracts the article from a decoded page.
   *
   * @param page the decoded page
   * @param url the URL the page was fetched from; relative links resolve against it
   * @param sourceZone the time zone the source shows local times in, or null when unknown
   * @throws ExtractionException when the page is empty, not HTML, or holds no main text
   */
  public ExtractedArticle extract(DecodedPage page, URI url, ZoneId sourceZone)
      throws ExtractionException {
    return extract(page, url, sourceZone, ExtractionOverrides.NONE);
  }

  /**
   * Extracts the article from a decoded page, with the source's own selectors winning over the
   * heuristics: a title, byline or date selector that finds a value gives that value; a body
   * selector that finds elements gives the text of those elements (still without bylines, date
   * lines and teasers); drop selectors remove elements before anything is read. A body selector
   * that finds nothing leaves the choice to the heuristics and says so in {@link
   * ExtractedArticle#bodySelectorMissed()}.
   *
   * @see #extract(DecodedPage, URI, ZoneId)
   */
  public ExtractedArticle extract(
      DecodedPage page, URI url, ZoneId sourceZone, ExtractionOverrides overrides)
      throws ExtractionException {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(overrides, "overrides");
    Objects.requireNonNull(url, "url");
    String html = page.html();
    if (html.isBlank()) {
      throw new ExtractionException(ExtractionException.EMPTY, "blank page");
    }
    if (BinarySniffer.looksBinary(html)) {
      throw new ExtractionException(ExtractionException.NOT_HTML, "binary content");
    }
    try {
      return extractFrom(Jsoup.parse(html, url.toString()), url, sourceZone, new SourceSelectors(overrides));
    } catch (RuntimeException | StackOverflowError e) {
      throw new ExtractionException(
          ExtractionException.EXTRACTOR_FAILURE, "unexpected failure on " + url, e);
    }
  }

  private ExtractedArticle extractFrom(Document doc, URI url, ZoneId zone, SourceSelectors selectors)
      throws ExtractionException {
    selectors.drop(doc);
    PageMetadata meta = PageMetadata.read(doc, url, zone, clock);
    // Local times on the page are read in the source's zone, else in the offset the page states.
    ZoneId pageZone = zone != null ? zone : meta.ownOffset();
    String title = selectors.title(doc).orElse(meta.title());
    Optional<Bylines.Byline> byline = selectors.byline(doc, meta.siteName());
    OffsetDateTime selectedDate = selectors.published(doc, pageZone, clock).orElse(null);

    Boilerplate.removeJunk(doc, names);
    List<Line> pageLines = BlockLines.of(doc.body());
    // Chosen before chrome removal, so that the source's own choice stands even where the
    // heuristics would call its container chrome.
    List<Element> selected = selectors.body(doc);
    Boilerplate.removeChrome(doc, names);
    List<Element> content = selected.isEmpty() ? ContentFinder.find(doc.body()) : selected;
    List<Line> contentLines = new ArrayList<>();
    for (Element block : content) {
      contentLines.addAll(BlockLines.of(block));
    }

    MainText text = MainText.of(pageLines, content.getFirst(), contentLines, title, pageZone, clock);
    if (text.paragraphs().isEmpty()) {
      throw new ExtractionException(ExtractionException.NO_CONTENT, "no main text in " + url);
    }

    List<String> authors = byline.map(Bylines.Byline::authors)
        .orElse(meta.authors().isEmpty() ? text.bylineAuthors() : meta.authors());
    String outlet = byline.map(Bylines.Byline::outlet).orElse(text.outlet());
    OffsetDateTime published = selectedDate != null ? selectedDate
        : meta.published() != null ? meta.published() : text.visibleDate();
    LocalDateTime publishedLocal = published != null ? published.toLocalDateTime()
        : meta.publishedLocal() != null ? meta.publishedLocal() : text.visibleLocal();
    boolean fromUrl = publishedLocal == null && meta.urlDate() != null;
    if (fromUrl) {
      // The date in the URL comes last: a day without a time, placed only by the source's zone.
      publishedLocal = meta.urlDate().atStartOfDay();
      published = pageZone == null ? null : meta.urlDate().atStartOfDay(pageZone).toOffsetDateTime();
    }
    return new ExtractedArticle(
        title,
        authors.stream().filter(a -> !a.equalsIgnoreCase(String.valueOf(outlet))).toList(),
        outlet,
        published,
        publishedLocal,
        fromUrl,
        meta.modified(),
        meta.canonicalUrl(),
        meta.siteName(),
        meta.description(),
        meta.languageHint(),
        String.join("\n\n", text.paragraphs()),
        BlockKinds.of(text.paragraphs(), contentLines),
        meta.details().section(),
        meta.details().tags(),
        meta.details().image(),
        selectors.hasBody() && selected.isEmpty());
  }
}
