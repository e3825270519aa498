package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims what sites put after the end of an article inside the same container: a block of teasers
 * under a "Related articles" heading, and short closing lines that are calls to action, credits or
 * legal notes ("Subscribe to our newsletter", "Foto: dpa", "© 2022 ...", "War der Artikel
 * nützlich?"), and the like before its start ("Anzeige").
 *
 * <p>The cues are generic and multilingual, never tied to a site. A short line is only dropped
 * after the last prose paragraph, where the article has ended; a teaser heading inside the text
 * (an inline "Lee también" followed by more prose) drops just itself and the title after it.
 */
final class ArticleEnd {
  /** A paragraph at least this long (see {@link #size}) without a closing cue is article prose. */
  static final int PROSE_SIZE = 200;
  /** A closing line with a cue is shorter than this. */
  static final int SHORT_SIZE = 120;
  /** A teaser heading is shorter than this; a teaser title after an inline one too. */
  static final int HEADING_SIZE = 80;
  static final int TEASER_TITLE_SIZE = 120;
  /** Teasers after a heading late in the text are cut when they hold less than this share of it. */
  static final double TEASER_BLOCK_SHARE = 0.25;

  /** Headings that open a block of teasers or links to other pages. */
  private static final Pattern TEASER_HEADING = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}]*(?:"
          + "(?:das )?(?:thema )?könnte (?:sie|dich|euch) (?:auch )?interessieren|schon gelesen|"
          + "interessante artikel|zum weiterlesen|weiterführende (?:links|artikel|beiträge)|"
          + "empfohlene (?:beiträge|artikel)|verwandte (?:artikel|beiträge|themen)|"
          + "ähnliche (?:artikel|beiträge|themen)|"
          + "weitere (?:artikel|beiträge|themen|nachrichten|meldungen)|"
          + "mehr (?:zum thema|themen|artikel|beiträge|dazu|aus|zu|von|news)|auch interessant|"
          + "passend dazu|lesen sie (?:auch|mehr|weiter)|neueste (?:artikel|beiträge)|"
          + "beliebte (?:artikel|beiträge)|top[- ]themen|"
          + "related(?: (?:articles|posts|stories|content|news|reading|topics))?|"
          + "you (?:may|might) also (?:like|enjoy|be interested)|"
          + "more (?:from|on|stories|news|articles|in)|"
          + "recommended(?: for you| stories| articles| reading)?|read (?:next|more|also)|"
          + "(?:popular|latest|trending|most read|top) (?:stories|articles|posts|news)|further reading|"
          + "te puede interesar|también te puede|artículos relacionados|noticias relacionadas|"
          + "más noticias|lee también|"
          + "à lire aussi|a lire aussi|lire aussi|sur le même sujet|voir aussi|articles? similaires|"
          + "nos derniers articles|"
          + "czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecane|podobne artykuły|"
          + "leggi anche|articoli correlati|leia também|veja também|"
          + "相关阅读|相关新闻|延伸阅读|推荐阅读|相关文章|热门推荐"
          + ")(?![\\p{L}\\p{N}]).{0,40}$");

  /**
   * Headings of what sites put after an article: a box about the author, further information,
   * the original publication. What follows them, when it is a small part of the text, is that box.
   * A bibliography ("Literatur", "References") is part of the text it closes, and stays.
   */
  private static final Pattern CLOSING_HEADING = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}]*(?:"
          + "über (?:den|die) autor(?:in|en|innen)?|zum autor|zur autorin|zur person|die autor(?:in|en)|"
          + "der autor|autor(?:in)?|about the authors?|about the writer|the author|author|"
          + "à propos de l'auteur|l'auteur|sobre el autor|sobre la autora|el autor|o autorze|"
          + "weitere informationen|mehr informationen|zusatzinformationen|weiterführende informationen|"
          + "quellenangaben|originalpublikation|originalveröffentlichung|"
          + "explore further|more information|further information|"
          + "pour en savoir plus|más información|fuentes"
          + ")(?![\\p{L}\\p{N}])[^\\p{L}\\p{N}]*$");

  /** Words of notes on advertising, affiliate links and liability, above or under the text. */
  private static final Pattern DISCLOSURE = Pattern.compile(
      "affiliate|advertiser|disclaimer|disclosure|werbelink|partnerlink|"
          + "ohne gewähr|haftung|enlaces de afiliados|liens affiliés|lien d'affiliation");
  /** A disclosure is shorter than this (see {@link #size}). */
  static final int DISCLOSURE_SIZE = 500;

  /**
   * What closes a page rather than an article: legal notes, calls to action, credits, labels.
   * Lower case, matched against lower-cased text: case-insensitive matching of this many
   * alternatives is several times slower.
   */
  private static final Pattern CLOSING_CUE = Pattern.compile(
      "(?:"
          + "©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|alle rechte vorbehalten|"
          + "tous droits réservés|todos los derechos|wszelkie prawa|diritti riservati|"
          + "版权|转载|免责声明|责任编辑|責任編輯|"
          + "subscri|newsletter|abonn|suscr|sign up|anmelden|registrier|log ?in|eingeloggt|"
          + "advertis|anzeige|werbung|publicidad|publicité|sponsored|affiliate|"
          + "kommentar|comment|gefällt mir|teilen|share|follow|folg(?:e|t) (?:uns|mir)|folgen sie|"
          + "síguenos|suivez|关注|分享|二维码|"
          + "^(?:foto|fotos|bild|bilder|titelbild|beitragsbild|photo|photos|credit|credits|"
          + "crédits? photos?|image|quelle|quellen|source|sources|fuente)\\s*:|"
          + "^(?:kontakt|impressum|datenschutz|contact|tags?|kategorie|category|categories|"
          + "schlagwörter|themen|topics|weitere informationen|weiterführende? links?|downloads?|"
          + "explore further|permalink|permalien)\\b|"
          + "über den autor|about the author|latest posts by|"
          + "cookie|recaptcha|disclaimer|"
          + "download|whatsapp|telegram|instagram|facebook|twitter|"
          + "war (?:der|dieser) artikel|was this article|hilfreich|helpful|bewert"
          + ")");
  /** {@link #CLOSING_CUE} searched at the characters that can start a cue only. */
  private static final StartCharFind CLOSING_CUE_FIND = new StartCharFind(CLOSING_CUE);

  private ArticleEnd() {}

  /**
   * {@code paragraphs} without the teaser blocks, and without the short lines with a closing cue
   * before the first and after the last prose paragraph (an ad label or a credit above the text
   * is as little the article as one below it).
   */
  static List<String> trim(List<String> paragraphs) {
    List<String> text = withoutTeaserBlocks(paragraphs);
    // Searched from either end: the cue pattern is costly on long paragraphs, and only the
    // outermost prose paragraphs matter.
    int firstProse = 0;
    while (firstProse < text.size() && !isProse(text.get(firstProse))) {
      firstProse++;
    }
    if (firstProse == text.size()) {
      return text;
    }
    int lastProse = text.size() - 1;
    while (!isProse(text.get(lastProse))) {
      lastProse--;
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String p = text.get(i);
      boolean outside = i < firstProse || i > lastProse;
      if (!outside || !(size(p) < SHORT_SIZE && hasClosingCue(p) || isDisclosure(p))) {
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * Cuts at a teaser heading when only short lines follow, or when it comes after the middle of
   * the text and what follows is a small part of it; a heading with prose after it is an inline
   * teaser, dropped with the title that follows it.
   */
  private static List<String> withoutTeaserBlocks(List<String> paragraphs) {
    long total = 0;
    for (String p : paragraphs) {
      total += size(p);
    }
    List<String> kept = new ArrayList<>();
    long before = 0;
    int i = 0;
    while (i < paragraphs.size()) {
      String p = paragraphs.get(i);
      if (size(p) < HEADING_SIZE && TEASER_HEADING.matcher(p).matches()) {
        List<String> rest = paragraphs.subList(i + 1, paragraphs.size());
        long restSize = 0;
        boolean onlyShort = true;
        for (String r : rest) {
          restSize += size(r);
          onlyShort &= size(r) < PROSE_SIZE;
        }
        if (onlyShort || before * 2 > total && restSize < total * TEASER_BLOCK_SHARE) {
          return kept;
        }
        i++;
        if (i < paragraphs.size() && size(paragraphs.get(i)) < TEASER_TITLE_SIZE) {
          i++;
        }
        continue;
      }
      if (size(p) < HEADING_SIZE && CLOSING_HEADING.matcher(p).matches()) {
        long restSize = 0;
        for (String r : paragraphs.subList(i + 1, paragraphs.size())) {
          restSize += size(r);
        }
        if (before * 2 > total && restSize < total * TEASER_BLOCK_SHARE) {
          return kept;
        }
        i++;
        continue;
      }
      kept.add(p);
      before += size(p);
      i++;
    }
    return kept;
  }

  /**
   * Whether {@code p} is a note on advertising or affiliate links, or a disclaimer: such notes run
   * to a few sentences, longer than other closing lines.
   */
  private static boolean isDisclosure(String p) {
    return size(p) < DISCLOSURE_SIZE && DISCLOSURE.matcher(p.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean isProse(String p) {
    return size(p) >= PROSE_SIZE && !hasClosingCue(p);
  }

  private static boolean hasClosingCue(String p) {
    return CLOSING_CUE_FIND.find(p.toLowerCase(Locale.ROOT));
  }

  /** Length in characters, a CJK character counting as three (it says about as much as a word). */
  static int size(String p) {
    int n = p.length();
    for (int i = 0; i < p.length(); i++) {
      if (Html.isCjk(p.charAt(i))) {
        n += 2;
      }
    }
    return n;
  }
}
