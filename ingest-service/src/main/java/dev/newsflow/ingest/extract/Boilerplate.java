package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text, in two passes.
 *
 * <p>{@link #removeJunk} takes out what no reader sees as text: scripts, styles, embedded objects,
 * forms, hidden elements, images (alt text is never text) and their captions, and blocks whose
 * class or id says they are sharing bars, comments, related links, ads, cookie banners and the like. Bylines and date
 * lines survive it, so they can still be read as metadata. {@link #removeChrome} then takes out
 * the page chrome: navigation, headers, footers, asides and blocks named like menus or banners.
 */
final class Boilerplate {
  private static final Set<String> ALWAYS_JUNK = Set.of(
      "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
      "applet", "svg", "math", "canvas", "video", "audio", "map", "img", "picture", "source",
      "figure", "figcaption", "input", "button", "select", "textarea", "option", "label", "dialog", "link",
      "meta", "base");

  /** A heading's class and id name its style or its anchor, never page chrome. */
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "menu");
  private static final Set<String> NEVER_CONTENT = Set.of("nav", "menu");

  /** Parsed once: parsing a query costs more than running it on a small subtree. */
  private static final Evaluator HEADLINE_OR_ARTICLE = QueryParser.parse("h1, article");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** Class/id words that mark blocks which are never article text, whatever they contain. */
  private static final List<String> JUNK_PREFIXES = List.of(
      "share", "sharing", "social", "related", "comment", "advert", "sponsor", "cookie", "consent",
      "gdpr", "newsletter", "subscribe", "subscription", "copyright", "breadcrumb", "outbrain",
      "taboola", "recommend", "popular", "trending", "paywall", "signup", "promo");
  private static final Set<String> JUNK_WORDS = Set.of(
      "ad", "ads", "adv", "adsbygoogle", "dfp", "gpt", "footer", "disqus", "sns", "bshare",
      "jiathis", "fenxiang", "xgxw", "xgyd", "pinglun", "copyright", "foot", "caption", "legend", "toc");
  /** Words that never name an article but might name a wrapper around one. */
  private static final Set<String> CHROME_WORDS = Set.of(
      "menu", "nav", "navbar", "navigation", "banner", "masthead", "topbar", "toolbar",
      "sidebar", "tags", "tag", "pagination", "pager", "rss", "login", "logo",
      "popup", "modal", "dialog", "skip", "dh", "daohang");
  /** Chrome words only when nothing but a page-level word qualifies them (see kindOf). */
  private static final Set<String> COMPONENT_WORDS = Set.of("widget", "header", "print");
  private static final Set<String> PAGE_WORDS = Set.of("site", "page", "global", "main", "top");
  /** Class/id words that name the article or its container. */
  private static final Set<String> CONTENT_WORDS = Set.of(
      "article", "articles", "articlebody", "content", "post", "entry", "story", "text", "artikel",
      "inhalt", "main", "body");
  /** Class/id word beginnings that name readers' comments. */
  private static final List<String> COMMENT_WORDS = List.of("comment", "disqus", "pinglun");
  /** Weighted text outside a comment thread that makes an article before it. */
  static final int MIN_TEXT_BESIDE_COMMENTS = 300;
  /**
   * A class or id token with an author word and one of the box words names a box about the
   * author (a bio under the article), not the text; a byline alone is shorter than
   * {@link #MIN_AUTHOR_BIO_CHARS} and stays, to be read as metadata.
   */
  private static final Set<String> AUTHOR_WORDS = Set.of("author", "autor", "auteur", "autore");
  private static final Set<String> AUTHOR_BOX_WORDS = Set.of(
      "bio", "biography", "box", "card", "info", "description", "desc", "about", "profile");
  static final int MIN_AUTHOR_BIO_CHARS = 80;
  /** Words that say a block has or lacks something ("has-ads", "no-comments"), not what it is. */
  private static final Set<String> NEGATIONS = Set.of("has", "with", "no", "non", "not", "without");
  /** A caption with this much text (weighted) ending as a sentence does is prose. */
  static final int MIN_PROSE_CAPTION_CHARS = 120;
  /** A link wrapping blocks with this much text (weighted) is not a link but a wrapper. */
  static final int MIN_WRAPPING_LINK_CHARS = 600;
  /** A block named like boilerplate with this many prose paragraphs is kept (see holdsProse). */
  static final int MIN_PROSE_PARAGRAPHS = 3;
  static final double MAX_PROSE_LINK_SHARE = 0.15;
  /** Class/id words that look like junk but name article text, e.g. an opinion column. */
  private static final Set<String> NOT_JUNK = Set.of("commentary", "commentaries", "shared");

  private Boilerplate() {}

  static void removeJunk(Document doc, Names names) {
    // One walk finds the junk tags (a figure that holds text is not junk), sizes the rest and lists
    // the body's elements (see JunkWalk).
    JunkWalk walk = JunkWalk.over(doc, ALWAYS_JUNK, Boilerplate::isTextFigure);
    walk.junk.forEach(Element::remove);
    Element body = doc.body();
    boolean sameBody = body == walk.body();
    TextSizes sizes = walk.sizes();
    int bodyText = sizes.size(body);
    List<Element> unwrapped = unwrapLinksAroundText(sameBody ? walk.bodyLinks : body.getElementsByTag("a"), sizes);
    List<Element> junk = new ArrayList<>();
    Set<Element> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    gone.addAll(unwrapped);
    for (Element e : sameBody ? walk.bodyElements : body.getAllElements()) {
      // The walk listed the links that are unwrapped now; getAllElements would not.
      if (e == body || gone.contains(e)) {
        continue;
      }
      if (holdsMostOfThePage(e, sizes, bodyText)) {
        if (isLongCommentThread(e, names.of(e), sizes, bodyText)) {
          junk.add(e);
        }
        continue;
      }
      // A form is a search box or a comment box, unless it wraps the page (ASP.NET does that).
      if (e.nameIs("form") || isHidden(e)) {
        junk.add(e);
        continue;
      }
      Kind kind = names.of(e);
      if (kind.junk() && !kind.content() && (kind.comments() || !holdsProse(e, sizes))
          || kind.authorBox() && sizes.size(e) >= MIN_AUTHOR_BIO_CHARS) {
        junk.add(e);
      }
    }
    junk.forEach(Element::remove);
  }

  /**
   * Whether {@code e}, a {@code figure} or {@code figcaption}, holds text rather than a picture's
   * label: a table set as a figure, or a caption written as prose (a slide of a gallery, a
   * paragraph under a photo that carries the story on).
   */
  private static boolean isTextFigure(Element e) {
    if (!e.nameIs("figure") && !e.nameIs("figcaption")) {
      return false;
    }
    if (e.nameIs("figure") && e.selectFirst("table") != null) {
      return true;
    }
    String text = e.text();
    return Html.weightedLength(text) >= MIN_PROSE_CAPTION_CHARS && !Captions.opensWithFigureLabel(text);
  }

  /**
   * Replaces links that wrap blocks with an article's worth of text by their content. Such a link
   * is an unclosed {@code <a>} that the parser stretched over the text after it, or a whole
   * article made clickable; either way its text is not link text, and counting it as such would
   * make the article look like a link list. Returns the links it unwrapped.
   */
  private static List<Element> unwrapLinksAroundText(List<Element> links, TextSizes sizes) {
    List<Element> wrappers = new ArrayList<>();
    for (Element a : links) {
      if (sizes.size(a) >= MIN_WRAPPING_LINK_CHARS && holdsBlock(a)) {
        wrappers.add(a);
      }
    }
    for (Element a : wrappers) {
      if (a.parent() != null) {
        a.unwrap();
      }
    }
    return wrappers;
  }

  private static boolean holdsBlock(Element e) {
    for (Element child : e.children()) {
      if (Html.isBlock(child)) {
        return true;
      }
    }
    return false;
  }

  static void removeChrome(Document doc, Names names) {
    List<Element> elements = new ArrayList<>();
    Element body = doc.body();
    TextSizes sizes = TextSizes.of(body, elements);
    int bodyText = sizes.size(body);
    List<Element> chrome = new ArrayList<>();
    Set<Element> inArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements) {
      Element parent = e.parent();
      if (parent != null && (inArticle.contains(parent) || parent.nameIs("article") || parent.nameIs("main"))) {
        inArticle.add(e);
      }
      if (e == body || e.nameIs("article") || e.nameIs("main") || HEADINGS.contains(e.normalName())) {
        continue;
      }
      if (holdsMostOfThePage(e, sizes, bodyText)) {
        continue;
      }
      Kind kind = names.of(e);
      // A block named as content holds it, whatever else its tag or name says ("sidebar-content"
      // wrappers, articles in asides); only a nav or menu is never content.
      String tag = e.normalName();
      if (NEVER_CONTENT.contains(tag)) {
        chrome.add(e);
        continue;
      }
      // An article's own header holds its headline, lead and byline, not the site's banner.
      if (inArticle.contains(e) && (tag.equals("header") || kind.chrome() && !kind.junk() && isHeaderNamed(e))) {
        continue;
      }
      if ((CHROME.contains(tag) || kind.chrome()) && !kind.content() && !holdsProse(e, sizes)) {
        chrome.add(e);
      }
    }
    chrome.forEach(Element::remove);
  }

  private static boolean isHeaderNamed(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return names.contains("header");
  }

  /**
   * Whether {@code e} is a comment thread longer than the article it follows: named as comments,
   * with no headline or article element inside, and an article's worth of text outside it. Such a
   * thread holds most of the page, but a wrapper named after comments would hold the headline.
   */
  private static boolean isLongCommentThread(Element e, Kind kind, TextSizes sizes, int bodyText) {
    return kind.comments() && !kind.content()
        && bodyText - sizes.size(e) >= MIN_TEXT_BESIDE_COMMENTS
        && e.selectFirst(HEADLINE_OR_ARTICLE) == null;
  }

  /**
   * Whether {@code e} holds at least half of the page's text. Such an element is a wrapper around
   * the article whatever its name says: sites name page wrappers after a paywall, an ad margin, a
   * promoted node, or put the whole article in an {@code aside}. Its parts are still judged one by
   * one.
   */
  private static boolean holdsMostOfThePage(Element e, TextSizes sizes, int bodyText) {
    return bodyText > 0 && sizes.size(e) * 2 >= bodyText;
  }

  /**
   * Whether {@code e} holds several paragraphs of prose and few links. Share bars, ads, banners,
   * menus and widgets hold labels, teasers and links; a block with this much prose is an article
   * whatever its name says (page builders call every block a widget, an unclosed share bar wraps
   * the text after it).
   */
  private static boolean holdsProse(Element e, TextSizes sizes) {
    return sizes.proseParagraphs(e) >= MIN_PROSE_PARAGRAPHS
        && sizes.linkSize(e) <= sizes.size(e) * MAX_PROSE_LINK_SHARE;
  }

  static boolean isHidden(Element e) {
    return e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())
        || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /**
   * What an element's class and id words say about it. Computed once per distinct class-and-id
   * string and kept across pages: a site repeats the same few names on thousands of elements and
   * on every page, and reading the words again cost as much as the rest of the boilerplate pass.
   * Safe to share between threads; it forgets everything once it has seen {@link #MAX_NAMES}
   * distinct strings, so that a crawl over many sites cannot grow it without bound.
   */
  static final class Names {
    static final int MAX_NAMES = 20_000;

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    Kind of(Element e) {
      String id = e.id();
      // Without an id the class alone is the key: kindOf reads "x " as it reads "x", and most
      // elements have no id, so this spares a string per element.
      String names = id.isEmpty() ? e.className() : e.className() + " " + id;
      Kind kind = kinds.get(names);
      if (kind == null) {
        if (kinds.size() >= MAX_NAMES) {
          kinds.clear();
        }
        kind = kindOf(names);
        kinds.put(names, kind);
      }
      return kind;
    }
  }

  /**
   * @param junk the words name a block that is never article text
   * @param content the words name the article or its container
   * @param chrome the words name page chrome
   * @param comments the words name readers' comments
   * @param authorBox the words name a box about the author ("author-bio", "autor-box")
   */
  record Kind(boolean junk, boolean content, boolean chrome, boolean comments, boolean authorBox) {
    static final Kind NONE = new Kind(false, false, false, false, false);
  }

  /**
   * Reads each class or id token on its own. A token that looks generated ("css-1x2y3z") says
   * nothing. A word after a negation ("has-ads", "no-comments", "non-paywall", "with-navigation")
   * describes what the block contains or lacks, not what it is. Within one token a junk word is
   * not vetoed by a content word beside it: "related-articles" and "article-comments" are junk,
   * while "entry-content share" (two tokens) stays content. Words like "widget" and "header" are
   * chrome only as a token's first word or after "site", "page" ("widget_recent_entries",
   * "site-header"): a word before them names the part of the page they belong to
   * ("elementor-widget-container", "table-header", "recipe-print-step").
   */
  private static Kind kindOf(String names) {
    if (names.isBlank()) {
      return Kind.NONE;
    }
    boolean junk = false;
    boolean content = false;
    boolean chrome = false;
    boolean comments = false;
    boolean authorBox = false;
    for (String token : tokens(names.strip())) {
      List<String> words = words(token);
      if (looksGenerated(words)) {
        continue;
      }
      // A BEM modifier ("Section--Ads", "teaser--shareable") names a variant of the block, not
      // what the block is.
      int modifier = token.indexOf("--");
      int named = modifier <= 0 ? words.size() : words(token.substring(0, modifier)).size();
      boolean tokenJunk = false;
      boolean tokenContent = false;
      boolean negated = false;
      boolean author = false;
      boolean box = false;
      boolean first = true;
      String previous = "";
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        String word = w.toLowerCase(Locale.ROOT);
        if (NEGATIONS.contains(word)) {
          negated = true;
          continue;
        }
        if (!negated && i < named) {
          tokenJunk |= isJunkWord(word);
          chrome |= CHROME_WORDS.contains(word)
              || COMPONENT_WORDS.contains(word) && (first || PAGE_WORDS.contains(previous));
          comments |= !NOT_JUNK.contains(word) && startsWithAny(word, COMMENT_WORDS);
        }
        tokenContent |= CONTENT_WORDS.contains(word);
        author |= AUTHOR_WORDS.contains(word);
        box |= AUTHOR_BOX_WORDS.contains(word);
        negated = false;
        first = false;
        previous = word;
      }
      junk |= tokenJunk;
      authorBox |= author && box;
      content |= tokenContent && !tokenJunk;
    }
    return new Kind(junk, content, chrome, comments, authorBox);
  }

  /**
   * {@code names} split at runs of ASCII whitespace, as {@code split("\\s+")} splits a stripped
   * string; a loop, since this runs for every distinct class-and-id string of every page.
   */
  static List<String> tokens(String names) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean space = c == ' ' || c >= '\t' && c <= '\r';
      if (space && start >= 0) {
        tokens.add(names.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      tokens.add(names.substring(start));
    }
    return tokens;
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token's words look machine-made: a word of five or more characters mixing letters
   * and digits is a hash from a CSS-in-JS tool or a page builder, and the words beside it
   * ("tagStyle_z4kqwb") are as arbitrary.
   */
  private static boolean looksGenerated(List<String> words) {
    for (String w : words) {
      if (w.length() < 5) {
        continue;
      }
      boolean letter = false;
      boolean digit = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        letter |= Character.isLetter(c);
        digit |= Character.isDigit(c);
      }
      if (letter && digit) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of class and id names: split at whitespace, underscores, hyphens, dots and colons,
   * and between a lower-case and an upper-case letter ("articleBody" is "article" and "Body").
   */
  static List<String> words(String names) {
    List<String> words = new ArrayList<>();
    int start = 0;
    int n = names.length();
    for (int i = 0; i < n; i++) {
      char c = names.charAt(i);
      if (isNameSeparator(c)) {
        if (i > start) {
          words.add(names.substring(start, i));
        }
        start = i + 1;
      } else if (c >= 'A' && c <= 'Z' && i > start) {
        char before = names.charAt(i - 1);
        if (before >= 'a' && before <= 'z') {
          words.add(names.substring(start, i));
          start = i;
        }
      }
    }
    if (n > start) {
      words.add(names.substring(start));
    }
    return words;
  }

  private static boolean isNameSeparator(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '_' || c == '-' || c == '.' || c == ':';
  }

  private static boolean isJunkWord(String word) {
    if (NOT_JUNK.contains(word)) {
      return false;
    }
    if (JUNK_WORDS.contains(word)) {
      return true;
    }
    for (String prefix : JUNK_PREFIXES) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

}
