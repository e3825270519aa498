package dev.newsflow.ingest.extract;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What a page says about itself in its markup: head tags, JSON-LD, headings, logo.
 *
 * <p>{@code published} is placed in the source's time zone, else in the page's own offset (the
 * first non-UTC offset any of its machine-readable times states); {@code publishedLocal} is the
 * wall-clock time the page gives, also when neither is known; {@code ownOffset} may be null;
 * {@code urlDate} is the day the page's URL (or canonical URL) names, or null.
 */
record PageMetadata(
    String title,
    List<String> authors,
    OffsetDateTime published,
    LocalDateTime publishedLocal,
    ZoneOffset ownOffset,
    LocalDate urlDate,
    OffsetDateTime modified,
    String canonicalUrl,
    String siteName,
    String description,
    String languageHint,
    ArticleDetails details) {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
  private static final Pattern LOGO_DECORATION = Pattern.compile(
      "(?iu)\\s*(?:web\\s?site|online|homepage|home page|home|logo|官网|官方网站)$");

  private static final String[] PUBLISHED_KEYS = {
      "article:published_time", "og:article:published_time", "pubdate", "publishdate", "publish-date",
      "publish_date", "date", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.created", "datepublished", "datecreated", "sailthru.date", "parsely-pub-date",
      "article.published", "published_time", "release_date", "original-publish-date"};
  private static final String[] MODIFIED_KEYS = {
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"};
  /** Enough {@code <time>} elements to find a stated offset, few enough for archive pages. */
  private static final int MAX_TIME_ELEMENTS = 20;
  private static final int MAX_HEADINGS = 20;
  private static final int MAX_HEADING_PARTS = 50;
  private static final Pattern KICKER_CLASS = Pattern.compile(
      "(?i)kicker|overline|dachzeile|topline|roofline|eyebrow|supertitle|pretitle|spitzmarke");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern HIDDEN_CLASS = Pattern.compile(
      "(?i)(?:^|\\s)(?:sr-only|visually-?hidden|screen-reader-text|screenreader|hidden|d-none|element-invisible)(?:\\s|$)");

  static PageMetadata read(Document doc, URI url, ZoneId zone, Clock clock) {
    MetadataElements found = MetadataElements.of(doc);
    MetaTags meta = MetaTags.of(found.metas);
    JsonLd ld = JsonLd.of(found.jsonLdScripts);

    String siteName = firstNonBlank(
        meta.first("og:site_name", "application-name", "twitter:site:name"),
        ld.publisherName(),
        logoName(found.imagesWithAlt));
    String declaredTitle = firstNonBlank(meta.first("og:title", "twitter:title"), ld.text("headline"));
    String title = Titles.choose(declaredTitle, documentTitle(doc, found.titles), visibleHeadings(found.bodyHeadings), siteName,
        url.getHost());

    List<String> authors = authors(found.authorElements, meta, ld, siteName);

    // Every candidate in order, so that one unreadable value does not hide the next.
    List<String> publishedValues = Stream.of(
        Stream.of(ld.text("datePublished")),
        Stream.of(PUBLISHED_KEYS).map(meta::first),
        Stream.of(timeElement(found)))
        .flatMap(s -> s)
        .flatMap(Optional::stream)
        .toList();
    List<String> modifiedValues = Stream.concat(
        Stream.of(ld.text("dateModified")),
        Stream.of(MODIFIED_KEYS).map(meta::first))
        .flatMap(Optional::stream)
        .toList();
    ZoneOffset ownOffset = ownOffset(found.times, ld, publishedValues, modifiedValues);
    ZoneId readZone = zone != null ? zone : ownOffset;
    OffsetDateTime published = firstPast(clock, withTimeOfDayFirst(publishedValues).stream()
        .map(s -> Dates.parseMachine(s, readZone)));
    OffsetDateTime modified = firstPast(clock, modifiedValues.stream()
        .map(s -> Dates.parseMachine(s, readZone)));
    LocalDateTime publishedLocal = published != null ? published.toLocalDateTime()
        : withTimeOfDayFirst(publishedValues).stream()
            .map(Dates::parseMachineLocal)
            .flatMap(Optional::stream)
            .filter(t -> Dates.isPast(t, clock.instant()))
            .findFirst()
            .orElse(null);

    String canonical = firstNonBlank(
        Optional.ofNullable(found.canonicalLink)
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
        Optional.of(firstAttr(found.htmls, "lang")),
        Optional.of(firstAttr(found.htmls, "xml:lang")),
        meta.first("content-language", "language", "og:locale", "dc.language"),
        ld.text("inLanguage"));
    if (language != null) {
      language = language.replace('_', '-').strip();
      language = LANGUAGE_TAG.matcher(language).matches() ? language : null;
    }

    String canonicalUrl = canonical;
    LocalDate urlDate = Dates.fromUrl(url.toString())
        .or(() -> Dates.fromUrl(canonicalUrl))
        .filter(d -> Dates.isPast(d.atStartOfDay(), clock.instant()))
        .orElse(null);
    return new PageMetadata(title, authors, published, publishedLocal, ownOffset, urlDate, modified, canonical,
        siteName, description == null ? null : Html.collapseWhitespace(description).strip(), language,
        ArticleDetails.read(found.imageSrcLink, url, meta, ld));
  }

  private static List<String> authors(List<Element> authorElements, MetaTags meta, JsonLd ld, String siteName) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>();
    meta.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
        .ifPresent(raw::add);
    raw.addAll(ld.authorNames());
    for (Element e : authorElements) {
      raw.add(e.text());
    }
    for (String value : raw) {
      names.addAll(Bylines.namesFromMetadata(value, siteName));
    }
    return List.copyOf(names);
  }

  /**
   * The {@code <title>}; where stray output before {@code <html>} pushed it into the body, the
   * first one outside inline SVG.
   */
  private static String documentTitle(Document doc, List<Element> titles) {
    String title = doc.title();
    if (!title.isBlank()) {
      return title;
    }
    for (Element e : titles) {
      if (e.closest("svg") == null && !e.text().isBlank()) {
        return e.text();
      }
    }
    return null;
  }

  /** The texts of the {@code <h1>} elements a reader sees, in page order. */
  private static List<Titles.Heading> visibleHeadings(List<Element> bodyHeadings) {
    List<Titles.Heading> headings = new ArrayList<>();
    for (Element h1 : bodyHeadings) {
      if (headings.size() >= MAX_HEADINGS) {
        break;
      }
      if (!isHidden(h1)) {
        Element visible = h1.clone();
        // A kicker ("Klimaschutz" over "Bohren, bis es heiß wird") labels the story, it is not the
        // headline; a space keeps the words around a removed element apart.
        visible.select("*").stream()
            .filter(e -> e != visible && (isHiddenItself(e) || KICKER_CLASS.matcher(e.className()).find()))
            .forEach(e -> e.replaceWith(new TextNode(" ")));
        List<String> parts = new ArrayList<>();
        for (Element child : visible.select("*")) {
          if (child != visible && parts.size() < MAX_HEADING_PARTS) {
            parts.add(child.text());
          }
        }
        headings.add(new Titles.Heading(visible.text(), parts));
      }
    }
    return headings;
  }

  /** Hidden by the markup itself or by the usual screen-reader-only classes, up to a few levels up. */
  static boolean isHidden(Element element) {
    Element e = element;
    for (int i = 0; i < 4 && e != null && !e.tagName().equals("body"); i++, e = e.parent()) {
      if (isHiddenItself(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenItself(Element e) {
    return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_STYLE.matcher(e.attr("style")).find()
        || HIDDEN_CLASS.matcher(e.className()).find();
  }

  /**
   * {@code values} in order, except that a date without a time of day gives way to the first
   * later value with a time on the same date: "2022-02-03" in JSON-LD and "2022-02-03T14:54:56+00:00"
   * in a meta tag are one publication, and the second keeps its time.
   */
  static List<String> withTimeOfDayFirst(List<String> values) {
    if (values.isEmpty() || Dates.hasTimeOfDay(values.getFirst())) {
      return values;
    }
    Optional<LocalDateTime> first = Dates.parseMachineLocal(values.getFirst());
    if (first.isEmpty()) {
      return values;
    }
    for (int i = 1; i < values.size(); i++) {
      String v = values.get(i);
      Optional<LocalDateTime> later = Dates.parseMachineLocal(v);
      if (Dates.hasTimeOfDay(v) && later.isPresent()
          && later.get().toLocalDate().equals(first.get().toLocalDate())) {
        List<String> reordered = new ArrayList<>(values);
        reordered.remove(i);
        reordered.addFirst(v);
        return reordered;
      }
    }
    return values;
  }

  /** The first offset other than UTC that one of the page's machine-readable times states. */
  private static ZoneOffset ownOffset(List<Element> timeElements, JsonLd ld, List<String> published,
      List<String> modified) {
    List<String> values = new ArrayList<>(published);
    values.addAll(modified);
    ld.text("dateCreated").ifPresent(values::add);
    int times = 0;
    for (Element time : timeElements) {
      if (++times > MAX_TIME_ELEMENTS) {
        break;
      }
      values.add(time.attr("datetime"));
    }
    for (String value : values) {
      Optional<ZoneOffset> offset = Dates.statedOffset(value);
      if (offset.isPresent()) {
        return offset.get();
      }
    }
    return null;
  }

  /** The {@code <time>} marked as the publication time, else the first in an article, else the first. */
  private static Optional<String> timeElement(MetadataElements found) {
    if (found.times.isEmpty()) {
      return Optional.empty();
    }
    Element time = found.publishedTime;
    if (time == null) {
      time = found.timeInArticle;
    }
    if (time == null) {
      time = found.times.getFirst();
    }
    return Optional.of(time.attr("datetime"));
  }

  /** The value of the first element that has {@code key}, as jsoup's {@code Elements.attr} reads it. */
  private static String firstAttr(List<Element> elements, String key) {
    for (Element e : elements) {
      if (e.hasAttr(key)) {
        return e.attr(key);
      }
    }
    return "";
  }

  /** The alt text of the site's logo, without "Website"-like decoration. */
  private static Optional<String> logoName(List<Element> imagesWithAlt) {
    for (Element img : imagesWithAlt) {
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
