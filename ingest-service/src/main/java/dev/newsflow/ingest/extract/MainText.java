package dev.newsflow.ingest.extract;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The paragraphs of the main text, and the byline and date line found next to or inside it.
 *
 * @param paragraphs the article's paragraphs
 * @param bylineAuthors authors from a byline, empty when there is none
 * @param outlet the outlet a byline names, or null
 * @param visibleDate the time a visible date line shows, or null
 * @param visibleLocal that time as the line shows it, also when no time zone places it; or null
 */
record MainText(List<String> paragraphs, List<String> bylineAuthors, String outlet, OffsetDateTime visibleDate,
    LocalDateTime visibleLocal) {

  /** How many lines at the start of the main text may open with a bracketed byline. */
  static final int LEAD_BYLINE_LINES = 3;
  /** How many lines before the main text may hold its byline and date. */
  static final int LOOK_BEHIND_LINES = 20;
  /** How many lines before the main text may hold a lead that the markup names as one. */
  static final int LOOK_BEHIND_NAMED_LEAD_LINES = 40;
  /** Class and id words that name an article's lead. */
  private static final java.util.Set<String> LEAD_WORDS = java.util.Set.of(
      "lead", "leadin", "deck", "intro", "standfirst", "subtitle", "subheadline", "summary", "excerpt",
      "abstract", "chapo", "chapeau", "sapo", "entradilla", "bajada", "lede", "description");
  /** A date line is short: the date plus a label, a source or a byline. */
  static final int MAX_DATE_LINE_CHARS = 100;
  static final int MAX_DATE_LINE_REST = 25;
  /** A lead between the headline and the main text has at least this much text (weighted)... */
  static final int MIN_LEAD_CHARS = 25;
  /** A lead that does not end as a sentence does needs this much text: a cut-off teaser. */
  static final int MIN_UNPUNCTUATED_LEAD_CHARS = 120;
  /** ... and at most this share of link text. */
  static final double MAX_LEAD_LINK_DENSITY = 0.2;
  /** A teaser with a "read more" link is at most this long (characters). */
  static final int MAX_READ_MORE_CHARS = 300;
  /** The "read more" link and what precedes it fit in this many last characters. */
  static final int READ_MORE_TAIL_CHARS = 80;
  /** A "read more" label or a reading time alone is at most this long. */
  static final int MAX_LABEL_CHARS = 50;
  /** Lines with more link text than this share are link lists, not prose. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final Pattern TEASER = Pattern.compile(
      "(?iu)^(?:lire aussi|lire également|à lire aussi|voir aussi|read more|read also|see also|"
          + "related|lesen sie auch|mehr zum thema|auch interessant|相关阅读|相关新闻|延伸阅读|推荐阅读)\\b.*");
  /**
   * A teaser cut off by a "read more" link ("... mehr •••", "weiterlesen 12 Minuten"), or the
   * reading time a page states ("4 Min Read", "Lesezeit: 3 Minuten"): labels, not text.
   */
  private static final Pattern READ_MORE = Pattern.compile(
      "(?iu).*(?:(?:…|\\.\\.\\.)\\s*(?:mehr|more|plus|más|więcej|weiter\\b.*)\\s*[»›>•]*"
          + "|\\b(?:weiterlesen|read more|continue reading|lire la suite|leer más|seguir leyendo|"
          + "czytaj dalej|leggi tutto)\\s*[»›>•]*)\\s*");
  private static final Pattern READ_MORE_LABEL_OR_TIME = Pattern.compile(
      "(?iu)(?:(?:weiterlesen|read more|continue reading)\\b.{0,20}"
          + "|\\d{1,3}\\s*(?:min|mins|minuten|minutes|minutos|minut)\\.?\\s*(?:read|lesezeit|lesedauer|"
          + "de lectura|de lecture|czytania)"
          + "|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|czas czytania)\\s*:?"
          + "\\s*\\d{1,3}\\s*\\p{L}{0,10}\\.?)\\s*");
  private static final Pattern EDITOR_CREDIT = Pattern.compile(
      "\\s*[【\\[（(]\\s*(?:责任编辑|責任編輯|编辑|編輯|责编|校对)\\s*[:：][^】\\]）)]{0,30}[】\\]）)]\\s*$");
  /**
   * A script tag in text is a markup artefact (an unterminated tag at the end of a page, a
   * double-escaped entity), not prose; consumers render text into pages, so it never passes.
   */
  private static final Pattern LEAKED_SCRIPT_TAG = Pattern.compile("(?i)<\\s*/?\\s*script");
  private static final Pattern DATE_LINE_LABELS = Pattern.compile(
      "(?iu)updated|published|posted|last modified|modified|date|time|mis à jour|publié|le|à|"
          + "aktualisiert|veröffentlicht|stand|am|um|uhr|on|at|时间|發布|发布|更新|日期|来源|來源|"
          + "[:：|·/,()（）\\-]");

  static MainText of(List<Line> pageLines, Element content, List<Line> contentLines, String title,
      ZoneId zone, Clock clock) {
    Harvest harvest = new Harvest(zone, clock);

    int firstInside = 0;
    while (firstInside < pageLines.size() && !pageLines.get(firstInside).isInside(content)) {
      firstInside++;
    }
    if (firstInside == pageLines.size()) {
      firstInside = 0;
    }
    int lookBehind = Math.max(0, firstInside - LOOK_BEHIND_LINES);
    boolean[] meta = new boolean[firstInside - lookBehind];
    for (int i = firstInside - 1; i >= lookBehind; i--) {
      meta[i - lookBehind] = harvest.offer(pageLines.get(i).text());
    }

    List<String> paragraphs = new ArrayList<>();
    int headline = headline(pageLines, lookBehind, firstInside, title);
    // A lead the markup names as one may sit further up, above audio players, share bars and
    // subscription prompts that the window above does not reach past.
    int namedFrom = Math.max(0, firstInside - LOOK_BEHIND_NAMED_LEAD_LINES);
    int namedHeadline = headline >= 0 ? headline : headline(pageLines, namedFrom, firstInside, title);
    for (int i = Math.max(namedFrom, namedHeadline + 1); i < firstInside; i++) {
      Line line = pageLines.get(i);
      boolean inWindow = i >= lookBehind;
      if (inWindow && headline >= 0 && i > headline && !meta[i - lookBehind] && isLead(line)
          || (!inWindow || headline < 0) && isLead(line) && isNamedLead(line)
              && (!inWindow || !meta[i - lookBehind])) {
        paragraphs.add(line.text());
      }
    }
    int leadLines = LEAD_BYLINE_LINES;
    for (Line line : contentLines) {
      String text = line.text();
      if (leadLines-- > 0) {
        // "（记者 张三）据了解……": the byline leaves the text and names the authors.
        text = harvest.offerLead(text);
      }
      if (line.linkDensity() > MAX_LINK_DENSITY
          || text.equalsIgnoreCase(title)
          || TEASER.matcher(text).matches()
          || Captions.isCaption(text)
          || isReadMoreOrTime(text)
          || EmbedPlaceholders.isPlaceholder(text)
          || harvest.offer(text)) {
        continue;
      }
      if (mayEndWithEditorCredit(text)) {
        text = EDITOR_CREDIT.matcher(text).replaceAll("");
      }
      text = withoutInvisibleHyphens(withoutScriptTags(text)).strip();
      if (Html.weightedLength(text) > 0) {
        paragraphs.add(text);
      }
    }
    paragraphs = new ArrayList<>(ArticleEnd.trim(paragraphs));
    if (paragraphs.stream().mapToInt(Html::weightedLength).sum() < ContentFinder.MIN_BLOCK_CHARS) {
      paragraphs.clear();
    }
    return new MainText(paragraphs, harvest.authors, harvest.outlet, harvest.date, harvest.local);
  }

  /**
   * The index of the headline among {@code lines[from, to)}: the last line in an {@code h1} or
   * equal to the title; -1 when there is none.
   */
  private static int headline(List<Line> lines, int from, int to, String title) {
    for (int i = to - 1; i >= from; i--) {
      Line line = lines.get(i);
      if (line.text().equalsIgnoreCase(title) || line.isInside("h1")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code text} is a teaser cut off by a "read more" link ("... mehr •••", "weiterlesen 12
   * Minuten") or the reading time a page states ("4 Min Read", "Lesezeit: 3 Minuten"): labels, not
   * text. The link is among the last characters, so only those are matched.
   */
  private static boolean isReadMoreOrTime(String text) {
    if (text.length() > MAX_READ_MORE_CHARS) {
      return false;
    }
    if (text.length() <= MAX_LABEL_CHARS && READ_MORE_LABEL_OR_TIME.matcher(text).matches()) {
      return true;
    }
    String tail = text.length() > READ_MORE_TAIL_CHARS ? text.substring(text.length() - READ_MORE_TAIL_CHARS) : text;
    return READ_MORE.matcher(tail).matches();
  }

  /**
   * Whether the markup names {@code line}'s block (or one of the two blocks around it) as the
   * article's lead, standfirst or deck.
   */
  private static boolean isNamedLead(Line line) {
    Element e = line.owner();
    for (int up = 0; e != null && up < 3; up++, e = e.parent()) {
      String names = e.className() + " " + e.id();
      if (!names.isBlank()) {
        for (String word : Boilerplate.words(names.toLowerCase(java.util.Locale.ROOT))) {
          if (LEAD_WORDS.contains(word)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code line}, between the headline and the main text, is the article's lead (a
   * standfirst or subtitle set apart from the body): prose with little link text, still on the
   * page after chrome removal.
   */
  private static boolean isLead(Line line) {
    return line.linkDensity() <= MAX_LEAD_LINK_DENSITY
        && Html.weightedLength(line.text()) >= MIN_LEAD_CHARS
        && line.owner() != null && line.owner().ownerDocument() != null
        && (endsSentence(line.text()) || Html.weightedLength(line.text()) >= MIN_UNPUNCTUATED_LEAD_CHARS)
        && !TEASER.matcher(line.text()).matches();
  }

  /**
   * Whether {@code text} ends as a sentence does. Kickers, subheadings, captions with their credit,
   * author and date lines between a headline and the text do not.
   */
  static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (SENTENCE_END.indexOf(c) >= 0) {
        return true;
      }
      if (CLOSING_QUOTES.indexOf(c) < 0 && !Html.isSpace(c)) {
        return false;
      }
    }
    return false;
  }

  private static final String SENTENCE_END = ".!?…。！？";
  private static final String CLOSING_QUOTES = "\"'“”„«»‘’」』)）";

  /** Whether {@code text} ends with a closing bracket, as an editor credit does: a cheap test first. */
  private static boolean mayEndWithEditorCredit(String text) {
    int i = text.length() - 1;
    while (i >= 0 && text.charAt(i) <= ' ' && Html.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return c == '】' || c == ']' || c == '）' || c == ')';
  }

  /**
   * {@code text} without soft hyphens: they mark where a browser may break a word and are not
   * shown otherwise, but left in, they split words for search, language detection and entities.
   */
  static String withoutInvisibleHyphens(String text) {
    return text.indexOf('\u00ad') < 0 ? text : text.replace("\u00ad", "");
  }

  private static String withoutScriptTags(String text) {
    String result = text;
    // Removing one tag can join the halves of another ("<scr<scriptipt"), so repeat until none.
    while (LEAKED_SCRIPT_TAG.matcher(result).find()) {
      result = LEAKED_SCRIPT_TAG.matcher(result).replaceAll("");
    }
    return result;
  }

  /** Whether {@code line} is a date line: a date with little else around it. */
  static Optional<Dates.Found> dateLine(String line, ZoneId zone) {
    if (line.length() > MAX_DATE_LINE_CHARS) {
      return Optional.empty();
    }
    Optional<Dates.Found> found = Dates.findVisible(line, zone);
    if (found.isEmpty()) {
      return found;
    }
    String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
    rest = CJK_SOURCE_OR_BYLINE.matcher(rest).replaceAll(" ");
    rest = DATE_LINE_LABELS.matcher(rest).replaceAll(" ");
    return Html.weightedLength(rest) <= MAX_DATE_LINE_REST ? found : Optional.empty();
  }

  private static final Pattern CJK_SOURCE_OR_BYLINE = Pattern.compile(
      "(?:来源|來源|作者|记者|記者|编辑|編輯|责任编辑)\\s*[:：]?\\s*[^\\s|｜]{0,20}");

  /** Collects the first byline and the first date line it is offered, and says which lines were. */
  private static final class Harvest {
    private final ZoneId zone;
    private final Clock clock;
    private List<String> authors = List.of();
    private String outlet;
    private OffsetDateTime date;
    private LocalDateTime local;
    private boolean sawByline;
    private boolean sawDate;

    Harvest(ZoneId zone, Clock clock) {
      this.zone = zone;
      this.clock = clock;
    }

    /** {@code line} without the bracketed byline it opens with, whose authors it takes. */
    String offerLead(String line) {
      Optional<Bylines.Lead> lead = Bylines.leadOf(line);
      if (lead.isEmpty()) {
        return line;
      }
      if (!sawByline) {
        authors = lead.get().byline().authors();
        sawByline = true;
      }
      return line.substring(lead.get().end());
    }

    /** Takes what {@code line} says; true when the line is a byline or a date line. */
    boolean offer(String line) {
      boolean isMeta = false;
      Optional<Dates.Found> found = dateLine(line, zone);
      if (found.isPresent()) {
        isMeta = true;
        OffsetDateTime time = found.get().time();
        if (!sawDate && time != null && !time.toInstant().isAfter(clock.instant())) {
          date = time;
          local = time.toLocalDateTime();
          sawDate = true;
        } else if (!sawDate && time == null && Dates.isPast(found.get().local(), clock.instant())) {
          local = found.get().local();
          sawDate = true;
        }
      }
      Optional<Bylines.Byline> byline = Bylines.parseLine(line);
      if (byline.isPresent()) {
        isMeta = true;
        if (!sawByline) {
          authors = byline.get().authors();
          outlet = byline.get().outlet();
          sawByline = true;
        }
      }
      return isMeta;
    }
  }
}
