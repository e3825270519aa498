package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "By Tang Lan ( China Daily)", "Par Claire Dubois", "Von Anna Schmidt und Jonas
 * Weber", "记者 王小明", and author names from metadata.
 *
 * <p>Only person names come out as authors. Outlets ("China Daily") are reported separately, and
 * anything that does not look like a name (sentences that happen to start with "By", staff
 * credits, dates) is not a byline.
 */
final class Bylines {
  /** A byline found in a line: the authors and, when the byline names one, the outlet. */
  record Byline(List<String> authors, String outlet) {}

  static final int MAX_LINE_CHARS = 120;

  /**
   * A byline's opening word in the languages news is written in: "By", "Written by", "Par", "Von",
   * "Por", "Di", "Door", "Af", "Av", "Autor:", "Автор:", "بقلم", "كتب:", "מאת", "โดย". A colon may
   * follow. Words that also open sentences ("Di", "Door", "Por") are safe because what follows
   * must read as names.
   */
  private static final Pattern PREFIXED = Pattern.compile(
      "^(?:(?:written|reported|words)\\s+by|by|par|von|por|di|door|af|av|autor(?:in)?|auteur|"
          + "автор(?:ы)?|текст|بقلم|كتب|كتبت|מאת|โดย)(?:\\s*:\\s*|\\s+)(.+?)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Openers that are common sentence starts too, so they only open a byline before a colon. */
  private static final Set<String> OPENERS_NEEDING_COLON = Set.of("كتب", "كتبت", "текст");
  private static final Pattern PARENTHESISED_OUTLET =
      Pattern.compile("^(.*?)\\s*[(（\\[]\\s*([^()（）\\[\\]]{2,60}?)\\s*[)）\\]]$");
  /** Where a byline's names end and its trailing matter (outlet, date, links) begins. */
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*(?:[|·•]|\\s[–—-]\\s)\\s*");
  /** Calls to action that pages print inside the byline. */
  private static final Pattern TRAILING_ACTION = Pattern.compile(
      "\\s*(?:(?:e-?mail|contact|follow|message)\\s+(?:the\\s+)?(?:author|reporter|writer)\\b.*"
          + "|\\s@\\w.*|\\S+@\\S+\\.\\S+.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Trailing segments that say when, not who: "Updated 5:02 PM", "7 February 2012". */
  private static final Pattern TIME_SEGMENT = Pattern.compile(
      "^(?:updated|published|posted|last\\s+updated|aktualisiert|veröffentlicht|mis\\s+à\\s+jour|"
          + "publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt)\\b.*|.*\\d.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_SEPARATORS = Pattern.compile(
      "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\boch\\b"
          + "|(?<=\\s)и(?=\\s)|(?<=\\s)و(?=\\s))\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words of a job title ("Staff Writer", "Senior Correspondent"): the part is dropped. */
  private static final Set<String> ROLE_WORDS = Set.of(
      "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
      "photographer", "staff", "senior", "chief", "special", "associate", "political", "foreign",
      "correspondant", "correspondante", "journaliste", "rédacteur", "rédactrice", "envoyé",
      "envoyée", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "corresponsal",
      "periodista", "redactor", "redactora", "enviado", "enviada", "giornalista",
      "corrispondente", "inviato", "inviata", "verslaggever", "redacteur", "journalist",
      "journalistin", "correspondente", "repórter");
  private static final Pattern KOREAN_BYLINE = Pattern.compile(
      "^(?:[(\\[][^()\\[\\]]{1,30}[)\\]]\\s*)?(\\p{IsHangul}{2,4}(?:[\\s,·]+\\p{IsHangul}{2,4})*)\\s*"
          + "(?:선임|수석|객원|전문)?(?:기자|특파원)(?:\\s+\\S+@\\S+)?\\s*=?\\s*$");
  /** Reporters, trainees and correspondents: the roles a Chinese byline names people by. */
  private static final String CJK_ROLE = "(?:本报|本報|本网|本網|本台|本臺|新华社|新華社)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)";
  private static final Pattern CJK_BYLINE = Pattern.compile(
      "(?:" + CJK_ROLE + "\\s*[:：]?|(?:作者|撰文|文)\\s*[:：/])\\s*"
          + "([\\p{IsHan}·]{2,5}(?:[\\s、]+[\\p{IsHan}·]{2,5})*)(?=$|[\\s)）|｜/]|报道|发自)");
  /** Tried first, as most lines are no byline and a plain find tries the pattern at every position. */
  private static final StartCharFind CJK_BYLINE_FIND = new StartCharFind(CJK_BYLINE);
  /**
   * A byline in brackets that opens a paragraph, after an optional dateline: "（记者 张三）",
   * "本报讯 （实习记者 樊亮 张明超 记者惠禾）", "据新华社拉萨电（记者 格桑边觉）".
   */
  private static final Pattern CJK_LEAD = Pattern.compile(
      "^\\s*(?:(?:本报讯|本网讯|据?[\\p{IsHan}]{1,12}?[讯电])\\s*)?[（(]\\s*(" + CJK_ROLE
          + "[^（）()]{2,60}?)\\s*[）)]\\s*");
  private static final Pattern CJK_ROLE_WORD = Pattern.compile(CJK_ROLE);
  private static final Pattern CJK_NAME = Pattern.compile("[\\p{IsHan}·]{2,4}");
  /** Han words that end organisations and places, never a person's name. */
  private static final Pattern CJK_NOT_NAME = Pattern.compile(
      "(?:网|網|网络|網絡|社|报|報|台|臺|站|营|營|县|縣|市|省|局|部|院|所|厅|廳|中心|公司|集团|集團|出版社|编辑部|編輯部|调查|調查|新闻|新聞|频道|頻道)$");
  private static final Pattern CJK_SOURCE =
      Pattern.compile("(?:来源|來源|稿源)\\s*[:：]\\s*([^\\s|｜]{2,20})");
  private static final Pattern CJK_NAME_TAIL = Pattern.compile("(?:报道|報導|報道|摄影|攝影|摄|攝|通讯员|通訊員|实习生|實習生)$");
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "la", "le", "du", "da", "di", "del", "dos", "bin", "al",
      "el", "ter", "ten", "zu", "y", "e", "d'", "mc");
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "editor", "editors", "admin", "agency",
      "agencies", "updated", "published", "news", "daily", "times", "post", "press", "the", "our",
      "rédaction", "redaktion", "afp", "ap", "reuters", "dpa", "xinhua", "online", "desk", "team",
      "publisher", "publishers", "group", "network", "media", "magazine", "newsroom", "verlag");

  private Bylines() {}

  /** The byline {@code line} is, if it is one. */
  static Optional<Byline> parseLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LINE_CHARS) {
      return Optional.empty();
    }
    Matcher prefixed = PREFIXED.matcher(s);
    if (prefixed.matches() && (s.contains(":") || !needsColon(s, prefixed.start(1)))) {
      return prefixedByline(prefixed.group(1));
    }
    Optional<Byline> korean = koreanByline(s);
    return korean.isPresent() ? korean : cjkByline(s);
  }

  private static boolean needsColon(String line, int namesStart) {
    String opener = line.substring(0, namesStart).strip().toLowerCase(Locale.ROOT);
    return OPENERS_NEEDING_COLON.contains(opener);
  }

  /**
   * The names after a byline's opening word, then its trailing segments: an outlet in brackets
   * or after a bar, dates and "Updated" notes, e-mail calls and job titles, which are dropped.
   */
  private static Optional<Byline> prefixedByline(String rest) {
    String[] segments = SEGMENT_BREAK.split(TRAILING_ACTION.matcher(rest).replaceFirst(""), -1);
    String names = segments[0];
    String outlet = null;
    Matcher paren = PARENTHESISED_OUTLET.matcher(names);
    if (paren.matches() && !TIME_SEGMENT.matcher(paren.group(2)).matches()) {
      names = paren.group(1);
      outlet = paren.group(2).strip();
    }
    for (int i = 1; i < segments.length && outlet == null; i++) {
      String segment = segments[i].strip();
      if (!segment.isEmpty() && !TIME_SEGMENT.matcher(segment).matches() && !isRole(segment)) {
        outlet = segment;
      }
    }
    List<String> authors = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(names)) {
      String name = part.strip();
      if (name.isEmpty() || isRole(name)) {
        continue;
      }
      if (isPersonName(name) || isCaselessScriptName(name)) {
        authors.add(name);
      } else if (outlet == null && !authors.isEmpty() && isOutletName(name)) {
        outlet = name; // "By Jane Doe, Reuters"
      } else {
        return Optional.empty();
      }
    }
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Byline(authors, outlet));
  }

  /** An agency or a publication: capitalised words, one of them a word outlets are named by. */
  private static boolean isOutletName(String name) {
    boolean outletWord = false;
    for (String token : name.split("\\s+")) {
      if (!Character.isUpperCase(token.codePointAt(0))) {
        return false;
      }
      outletWord |= NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
    }
    return outletWord;
  }

  /** A job title such as "Staff Writer" or "Senior Political Correspondent". */
  private static boolean isRole(String part) {
    for (String word : part.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (ROLE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name in a script without capital letters (Arabic, Hebrew, Thai ...), where the capital test
   * of {@link #isPersonName} says nothing: one to four words of letters of one such script.
   */
  static boolean isCaselessScriptName(String name) {
    String[] tokens = name.split("\\s+");
    if (tokens.length > 4 || name.length() > 40) {
      return false;
    }
    Character.UnicodeScript script = null;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (!Character.isLetter(c) || Character.isUpperCase(c) || Character.isLowerCase(c)) {
        return false;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.HAN || (script != null && s != script)) {
        return false;
      }
      script = s;
    }
    return script != null;
  }

  /** "홍길동 기자", "홍길동·김철수 기자 hong@example.kr": Korean names come before the role. */
  private static Optional<Byline> koreanByline(String s) {
    Matcher m = KOREAN_BYLINE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Byline(List.of(m.group(1).split("[\\s,·]+")), null));
  }

  private static Optional<Byline> cjkByline(String s) {
    if (s.length() > 60 || s.endsWith("。")) {
      return Optional.empty();
    }
    Matcher m = CJK_BYLINE.matcher(s);
    if (!CJK_BYLINE_FIND.find(s) || !m.find()) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String part : m.group(1).split("[\\s、]+")) {
      String name = CJK_NAME_TAIL.matcher(part.strip()).replaceAll("");
      if (name.length() >= 2 && name.length() <= 5 && !CJK_NOT_NAME.matcher(name).find()) {
        authors.add(name);
      }
    }
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    Matcher source = CJK_SOURCE.matcher(s);
    return Optional.of(new Byline(authors, source.find() ? source.group(1) : null));
  }

  /** A byline that opens a paragraph, and where the paragraph's own text starts. */
  record Lead(Byline byline, int end) {}

  /**
   * The bracketed byline that opens {@code paragraph} ("（记者 张三）据了解……"), if it opens with
   * one: every bracketed word must be a role or a name, or it is not a byline.
   */
  static Optional<Lead> leadOf(String paragraph) {
    if (paragraph.isEmpty() || !isBracketOrHan(paragraph.charAt(0))) {
      return Optional.empty();
    }
    Matcher m = CJK_LEAD.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String part : CJK_ROLE_WORD.matcher(m.group(1)).replaceAll(" ").split("[\\s、，,]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!CJK_NAME.matcher(part).matches() || CJK_NOT_NAME.matcher(part).find()) {
        return Optional.empty();
      }
      authors.add(part);
    }
    return authors.isEmpty() ? Optional.empty() : Optional.of(new Lead(new Byline(authors, null), m.end()));
  }

  private static boolean isBracketOrHan(char c) {
    return c == '（' || c == '(' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.isWhitespace(c);
  }

  /** Author names from metadata (meta tags, JSON-LD), split and checked like a byline's. */
  static List<String> namesFromMetadata(String value, String siteName) {
    if (value == null || value.isBlank() || value.length() > 200 || value.contains("://")) {
      return List.of();
    }
    Matcher prefixed = PREFIXED.matcher(value.strip());
    String s = prefixed.matches() ? prefixed.group(1) : value.strip();
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(s)) {
      String name = part.strip();
      boolean isSite = siteName != null && name.equalsIgnoreCase(siteName);
      if (!name.isEmpty() && !isSite && (isPersonName(name) || isCjkName(name))) {
        names.add(name);
      }
    }
    return names;
  }

  static boolean isPersonName(String name) {
    String[] tokens = name.split("\\s+");
    if (tokens.length < 1 || tokens.length > 5 || name.length() > 60) {
      return false;
    }
    int capitalised = 0;
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(lower)) {
        return false;
      }
      if (PARTICLES.contains(lower)) {
        continue;
      }
      if (!token.matches("[\\p{Lu}][\\p{L}'’.\\-]*")) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 1 && (tokens.length >= 2 || capitalised == 1);
  }

  static boolean isCjkName(String name) {
    return name.matches("[\\p{IsHan}·]{2,5}") && !CJK_NOT_NAME.matcher(name).find();
  }
}
