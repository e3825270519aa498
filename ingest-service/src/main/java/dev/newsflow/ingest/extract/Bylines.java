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

  private static final Pattern LATIN = Pattern.compile(
      "^(?:by|par|von)\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PARENTHESISED_OUTLET =
      Pattern.compile("^(.*?)\\s*[(（\\[]\\s*([^()（）\\[\\]]{2,60}?)\\s*[)）\\]]$");
  private static final Pattern NAME_SEPARATORS = Pattern.compile(
      "\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Reporters, trainees and correspondents: the roles a Chinese byline names people by. */
  private static final String CJK_ROLE = "(?:本报|本网|本台|新华社)?(?:特约|实习|见习)?(?:记者|通讯员|实习生)";
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
      "(?:网|网络|社|报|台|站|营|县|市|省|局|部|院|所|厅|中心|公司|集团|出版社|编辑部|调查|新闻|频道)$");
  private static final Pattern CJK_SOURCE =
      Pattern.compile("(?:来源|來源|稿源)\\s*[:：]\\s*([^\\s|｜]{2,20})");
  private static final Pattern CJK_NAME_TAIL = Pattern.compile("(?:报道|報導|摄影|摄|攝|通讯员|实习生)$");
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
    Matcher latin = LATIN.matcher(s);
    if (latin.matches()) {
      return latinByline(latin.group(1));
    }
    return cjkByline(s);
  }

  private static Optional<Byline> latinByline(String rest) {
    String names = rest;
    String outlet = null;
    Matcher paren = PARENTHESISED_OUTLET.matcher(rest);
    if (paren.matches()) {
      names = paren.group(1);
      outlet = paren.group(2).strip();
    } else {
      int bar = rest.indexOf('|');
      if (bar > 0) {
        names = rest.substring(0, bar);
        outlet = rest.substring(bar + 1).strip();
      }
    }
    List<String> authors = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(names)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!isPersonName(name)) {
        return Optional.empty();
      }
      authors.add(name);
    }
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Byline(authors, outlet == null || outlet.isEmpty() ? null : outlet));
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
    String s = value.strip().replaceFirst("(?iu)^(?:by|par|von)\\s+", "");
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
