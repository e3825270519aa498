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
  private static final Pattern CJK_BYLINE = Pattern.compile(
      "(?:(?:本报|本网)?记者\\s*[:：]?|(?:作者|撰文|文)\\s*[:：/])\\s*"
          + "([\\p{IsHan}·]{2,5}(?:[\\s、]+[\\p{IsHan}·]{2,5})*)(?=$|[\\s)）|｜/]|报道)");
  private static final Pattern CJK_SOURCE =
      Pattern.compile("(?:来源|來源|稿源)\\s*[:：]\\s*([^\\s|｜]{2,20})");
  private static final Pattern CJK_NAME_TAIL = Pattern.compile("(?:报道|報導|摄影|摄|攝|通讯员|实习生)$");
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "la", "le", "du", "da", "di", "del", "dos", "bin", "al",
      "el", "ter", "ten", "zu", "y", "e", "d'", "mc");
  private static final Set<String> NOT_NAMES = Set.of(
      "staff", "reporter", "reporters", "correspondent", "editor", "editors", "admin", "agency",
      "agencies", "updated", "published", "news", "daily", "times", "post", "press", "the", "our",
      "rédaction", "redaktion", "afp", "ap", "reuters", "dpa", "xinhua", "online", "desk");

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
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String part : m.group(1).split("[\\s、]+")) {
      String name = CJK_NAME_TAIL.matcher(part.strip()).replaceAll("");
      if (name.length() >= 2 && name.length() <= 5) {
        authors.add(name);
      }
    }
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    Matcher source = CJK_SOURCE.matcher(s);
    return Optional.of(new Byline(authors, source.find() ? source.group(1) : null));
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
    return name.matches("[\\p{IsHan}·]{2,5}");
  }
}
