package dev.newsflow.ingest.discover;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses from its URL alone whether a link points at an article rather than at navigation. News
 * sites put a date, a numeric id or a long headline slug into article URLs, and keep tag, author,
 * category and service pages under recognisable path segments; both cues are cheap and language
 * independent enough to work across outlets without per-site rules.
 */
public final class ArticleLinks {
  /**
   * A date (day optional) followed by more path: /2026/11/29/x, /2026-11-29/x, /2026/1129/x,
   * /202611/29/x, /20261129/x, /2026/11/x. A date with nothing after it is an archive listing.
   */
  private static final Pattern DATE_IN_PATH = Pattern.compile(
      "/(19|20)\\d\\d([/-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])/[^/]"
          + "|/(19|20)\\d\\d/(0?[1-9]|1[0-2])/(?!(0?[1-9]|[12]\\d|3[01])(/|$))[^/]"
          + "|/(19|20)\\d\\d/(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/[^/]"
          + "|/(19|20)\\d\\d(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/[^/]"
          + "|/(19|20)\\d\\d(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/[^/]");
  /** The date as one token inside the last segment: k20261129-story.html, 20261129_0123.htm. */
  private static final Pattern DATE_TOKEN = Pattern.compile(
      "(?<![0-9])(19|20)\\d\\d(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");
  /** A run of five or more digits: most CMSs number their articles. */
  private static final Pattern NUMERIC_ID = Pattern.compile("(?<![0-9])[0-9]{5,}(?![0-9])");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[-_]+");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(s?html?|php\\d?|aspx?|jsp|cms|ece)$");
  private static final Pattern ASSET_EXTENSION = Pattern.compile(
      "\\.(jpe?g|png|gif|webp|svg|ico|css|js|json|xml|rss|atom|txt|pdf|zip|gz|mp3|mp4|m4a|webm|woff2?|ttf)$");
  /**
   * Words in a slug that make it a headline: section slugs reach four ("middle-east-and-africa"),
   * headlines rarely stay below five.
   */
  private static final int SLUG_WORDS = 5;

  /** Path segments under which a site keeps navigation, listings and service pages, in several languages. */
  private static final Set<String> NAVIGATION_SEGMENTS = Set.of(
      "tag", "tags", "topic", "topics", "theme", "themen", "thema", "sujet", "sujets", "tema", "temas",
      "author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "journalist", "journalists",
      "profile", "profil", "perfil", "user", "users", "people-search",
      "category", "categories", "categoria", "categorias", "kategorie", "rubrique", "rubriques", "section",
      "sections", "ressort",
      "search", "suche", "recherche", "buscar", "busca", "pesquisa",
      "login", "signin", "sign-in", "logout", "register", "signup", "sign-up", "account", "konto", "compte",
      "subscribe", "subscription", "subscriptions", "abo", "abonnement", "abonnements", "suscripcion",
      "assinatura", "newsletter", "newsletters",
      "about", "about-us", "contact", "contact-us", "kontakt", "impressum", "imprint", "help", "faq",
      "privacy", "terms", "cookies", "datenschutz", "legal", "jobs", "careers", "karriere", "shop",
      "feed", "feeds", "rss", "archive", "archives", "archiv", "page", "pages", "index");
  /** Prefixes of single segments that name legal and service pages, whatever follows. */
  private static final Pattern SERVICE_SLUG = Pattern.compile(
      "^(privacy|terms-|cookie|datenschutz|impressum|mentions-legales|aviso-legal|politica-de-privacidad"
          + "|advertis|newsletter|subscribe)");

  private ArticleLinks() {}

  /**
   * Whether {@code url} looks like an article page: not under a navigation segment (tag, author,
   * category, search, login, ...) nor an asset, and with a date in the path, a numeric id of five
   * or more digits, a long slug of several hyphen- or underscore-separated words, or an
   * {@code article}/{@code story} segment followed by more path.
   */
  public static boolean looksLikeArticle(URI url) {
    if (!Links.isWeb(url) || url.toString().length() > ArticlePatterns.MAX_URL_LENGTH) {
      return false;
    }
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    String[] segments = path.split("/");
    String last = "";
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      if (NAVIGATION_SEGMENTS.contains(segment) || SERVICE_SLUG.matcher(segment).find()) {
        return false;
      }
      last = segment;
    }
    if (last.isEmpty() || ASSET_EXTENSION.matcher(last).find()) {
      return false;
    }
    String name = PAGE_EXTENSION.matcher(last).replaceFirst("");
    if (DATE_IN_PATH.matcher(path).find()) {
      return true;
    }
    boolean onlyADate = DATE_TOKEN.matcher(name).matches();
    if (!onlyADate && (DATE_TOKEN.matcher(name).find() || NUMERIC_ID.matcher(name).find())) {
      return true;
    }
    String query = url.getQuery();
    if (query != null && NUMERIC_ID.matcher(query).find()) {
      return true;
    }
    if (isSlug(name)) {
      return true;
    }
    return path.matches(".*/(article|articles|story|stories)/[^/]+.*");
  }

  /** Several words joined by hyphens or underscores, as a headline becomes a URL. */
  static boolean isSlug(String segment) {
    int words = 0;
    for (String word : WORD_SEPARATOR.split(segment)) {
      if (!word.isEmpty() && HAS_LETTER.matcher(word).find()) {
        words++;
      }
    }
    return words >= SLUG_WORDS;
  }

  /**
   * Whether two hosts belong to one site: equal apart from a leading {@code www.}, or one a
   * subdomain of the other ({@code edition.example.com} and {@code example.com}).
   */
  public static boolean sameSite(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String y = b.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
  }
}
