package dev.newsflow.ingest.extract;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page says about itself in its markup: head tags, JSON-LD, headings, logo. */
record PageMetadata(
    String title,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String canonicalUrl,
    String siteName,
    String description,
    String languageHint,
    ArticleDetails details) {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
  private static final Pattern LOGO_DECORATION = Pattern.compile(
      "(?iu)\\s*(?:web\\s?site|online|homepage|home page|home|logo|官网|官方网站)$");

  static PageMetadata read(Document doc, URI url, ZoneId zone, Clock clock) {
    MetaTags meta = MetaTags.of(doc);
    JsonLd ld = JsonLd.of(doc);

    String siteName = firstNonBlank(
        meta.first("og:site_name", "application-name", "twitter:site:name"),
        ld.publisherName(),
        logoName(doc));
    Element h1 = doc.selectFirst("body h1");
    String heading = h1 == null ? null : h1.text();
    String rawTitle = firstNonBlank(
        meta.first("og:title", "twitter:title"),
        ld.text("headline"),
        Optional.ofNullable(heading),
        Optional.of(doc.title()));
    String title = rawTitle == null ? "" : Titles.clean(rawTitle, siteName, url.getHost(), heading);

    List<String> authors = authors(doc, meta, ld, siteName);

    OffsetDateTime published = firstPast(clock, Stream.of(
        ld.text("datePublished"),
        meta.first("article:published_time", "og:article:published_time", "pubdate",
            "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.issued",
            "dc.date", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date"),
        timeElement(doc))
        .map(v -> v.flatMap(s -> Dates.parseMachine(s, zone))));
    OffsetDateTime modified = firstPast(clock, Stream.of(
        ld.text("dateModified"),
        meta.first("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
            "last-modified"))
        .map(v -> v.flatMap(s -> Dates.parseMachine(s, zone))));

    String canonical = firstNonBlank(
        Optional.ofNullable(doc.selectFirst("link[rel~=(?i)^canonical$][href]"))
            .map(e -> e.absUrl("href")),
        meta.first("og:url").map(u -> absolute(url, u)))
        ;
    if (canonical != null && !canonical.matches("(?i)https?://.+")) {
      canonical = null;
    }

    String description = firstNonBlank(
        meta.first("og:description", "description", "twitter:description"),
        ld.text("description"));

    String language = firstNonBlank(
        Optional.of(doc.select("html").attr("lang")),
        Optional.of(doc.select("html").attr("xml:lang")),
        meta.first("content-language", "language", "og:locale", "dc.language"),
        ld.text("inLanguage"));
    if (language != null) {
      language = language.replace('_', '-').strip();
      language = LANGUAGE_TAG.matcher(language).matches() ? language : null;
    }

    return new PageMetadata(title, authors, published, modified, canonical,
        siteName, description == null ? null : Html.collapseWhitespace(description).strip(), language,
        ArticleDetails.read(doc, url, meta, ld));
  }

  private static List<String> authors(Document doc, MetaTags meta, JsonLd ld, String siteName) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>();
    meta.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
        .ifPresent(raw::add);
    raw.addAll(ld.authorNames());
    for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author]")) {
      raw.add(e.text());
    }
    for (String value : raw) {
      names.addAll(Bylines.namesFromMetadata(value, siteName));
    }
    return List.copyOf(names);
  }

  private static Optional<String> timeElement(Document doc) {
    // Every query below asks for a time[datetime]: most pages have none, and one walk over the
    // page tells so instead of three.
    Element any = doc.selectFirst("time[datetime]");
    if (any == null) {
      return Optional.empty();
    }
    Element time = doc.selectFirst("time[datetime][pubdate], time[datetime][itemprop=datePublished]");
    if (time == null) {
      time = doc.selectFirst("article time[datetime], main time[datetime]");
    }
    if (time == null) {
      time = any;
    }
    return time == null ? Optional.empty() : Optional.of(time.attr("datetime"));
  }

  /** The alt text of the site's logo, without "Website"-like decoration. */
  private static Optional<String> logoName(Document doc) {
    for (Element img : doc.select("img[alt]")) {
      if (!isLogo(img)) {
        continue;
      }
      String name = LOGO_DECORATION.matcher(Html.collapseWhitespace(img.attr("alt")).strip()).replaceAll("");
      if (!name.isBlank() && name.length() <= 60) {
        return Optional.of(name.strip());
      }
    }
    return Optional.empty();
  }

  private static boolean isLogo(Element img) {
    if (img.attr("src").toLowerCase(Locale.ROOT).contains("logo")) {
      return true;
    }
    Element e = img;
    for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.contains("logo")) {
        return true;
      }
    }
    return false;
  }

  private static OffsetDateTime firstPast(Clock clock, Stream<Optional<OffsetDateTime>> candidates) {
    return candidates.flatMap(Optional::stream)
        .filter(t -> !t.toInstant().isAfter(clock.instant()))
        .findFirst()
        .orElse(null);
  }

  private static String absolute(URI base, String href) {
    try {
      return base.resolve(href.strip()).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @SafeVarargs
  private static String firstNonBlank(Optional<String>... values) {
    for (Optional<String> v : values) {
      if (v != null && v.isPresent() && !v.get().isBlank()) {
        return v.get().strip();
      }
    }
    return null;
  }
}
