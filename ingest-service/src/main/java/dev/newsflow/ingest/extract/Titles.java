package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes site-name decoration from titles: "Headline - China Daily", "标题_新华网",
 * "Site | Headline", "Headline |Op-Ed Contributors |chinadaily.com.cn".
 */
final class Titles {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*[|｜_»]\\s*|\\s+[-–—·]{1,2}\\s+");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|cn|de|fr|uk|info|news|co|io|tv|jp|kr|ru|hk|tw)");

  private static final java.util.Set<String> GENERIC_HOST_LABELS =
      java.util.Set.of("news", "www", "home", "online", "blog", "blogs", "media");

  /** A heading is a site name when it stands as its own segment in the document title. */
  private static final Pattern SEGMENT_SEPARATOR =
      Pattern.compile("\\s*[|｜_»›⋆•]\\s*|\\s+[-–—·:]{1,2}\\s+|\\s*::\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Words this short are mostly articles and prepositions, which say nothing about overlap. */
  private static final int MIN_SHARED_WORD_CHARS = 4;
  static final int MAX_HEADING_CHARS = 300;
  private static final int MAX_SITE_HEADING_WORDS = 4;
  /** What stays of a separator when the kicker before it is dropped: ": Headline". */
  private static final Pattern DANGLING_SEPARATORS =
      Pattern.compile("^[\\s:|｜•·/–—-]+|[\\s:|｜•·/–—-]+$");

  private Titles() {}

  /**
   * A visible main heading: its text, and the texts of the elements inside it (at any depth),
   * which may hold a kicker or a subtitle set apart from the headline proper.
   */
  record Heading(String text, List<String> parts) {
    Heading {
      parts = List.copyOf(parts);
    }
  }

  /**
   * The headline: the page's visible main heading when it names the same story as the declared
   * title, else the declared title without site affixes.
   *
   * <p>Pages often declare a title written for search engines or social media ({@code og:title},
   * {@code <title>}) and show readers another (the {@code <h1>}); the one readers see is the
   * headline. Against a declared title, a heading is only trusted when it shares a word with it (so
   * that a section name or a logo in an {@code <h1>} never wins); it is never trusted when it is the
   * site name, which
   * blog themes put in an {@code <h1>} and the document title lists as a segment of its own. A
   * heading that merely adds a kicker to the declared title ("Klimaschutz: Bohren, bis es heiß
   * wird") gives way to it.
   *
   * @param declared {@code og:title} or JSON-LD {@code headline}, nullable
   * @param documentTitle the {@code <title>}, nullable
   * @param headings the visible {@code <h1>} texts in page order
   * @param siteName the site's name, nullable
   * @param host the page's host, nullable
   */
  static String choose(String declared, String documentTitle, List<Heading> headings, String siteName,
      String host) {
    String raw = declared != null && !declared.isBlank() ? declared : documentTitle;
    String docTitle = documentTitle == null ? "" : Html.collapseWhitespace(documentTitle).strip();
    List<String> candidates = new ArrayList<>();
    List<Heading> candidateHeadings = new ArrayList<>();
    String site = siteName;
    for (Heading h : headings) {
      String heading = DANGLING_SEPARATORS.matcher(Html.collapseWhitespace(h.text().replace("\u00AD", "")))
          .replaceAll("");
      if (heading.isEmpty() || heading.length() > MAX_HEADING_CHARS || candidates.contains(heading)
          || isSiteHeading(heading, siteName, host)) {
        continue;
      }
      String rest = withoutOwnSegment(heading, docTitle, declared);
      if (rest != null) {
        // The site names itself in its heading: that names the affix to drop from the title too.
        site = site == null || site.isBlank() ? heading : site;
        raw = declared != null && !declared.isBlank() ? raw : rest;
        continue;
      }
      candidates.add(heading);
      candidateHeadings.add(h);
    }
    if (raw == null || raw.isBlank()) {
      return candidates.isEmpty() ? "" : candidates.getFirst();
    }
    String reference = clean(raw, site, host, candidates.isEmpty() ? null : candidates.getFirst());
    String referenceKey = key(reference);
    for (int i = 0; i < candidates.size(); i++) {
      String heading = candidates.get(i);
      String headingKey = key(heading);
      if (headingKey.equals(referenceKey)) {
        return heading;
      }
      if (!referenceKey.isEmpty() && headingKey.contains(referenceKey)
          && setApart(candidateHeadings.get(i), headingKey, referenceKey)) {
        // The heading is the declared title plus a kicker or subtitle in an element of its own.
        return reference;
      }
      if (sharesWord(heading, reference)) {
        return heading;
      }
    }
    // Without a declared title the document title is mostly navigation ("Home", "Site - Section"),
    // and the page's own heading is the better guess.
    if ((declared == null || declared.isBlank()) && !candidates.isEmpty()) {
      return candidates.getFirst();
    }
    return reference;
  }

  /**
   * Whether the heading holds the reference and the rest (a kicker, a date, a subtitle) in
   * separate elements: either part is the whole text of an element inside the heading.
   */
  private static boolean setApart(Heading heading, String headingKey, String referenceKey) {
    int at = headingKey.indexOf(referenceKey);
    String rest = (headingKey.substring(0, at) + " " + headingKey.substring(at + referenceKey.length())).strip();
    for (String part : heading.parts()) {
      String partKey = key(part);
      if (partKey.equals(referenceKey) || (!rest.isEmpty() && partKey.equals(rest))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The document title without {@code heading} when the heading stands as a later segment of its
   * own in it next to a longer one ("Interning of Small Integers : Four Years Remaining" with
   * heading "Four Years Remaining"), else null. A heading that is the declared title itself is
   * never a site name.
   */
  private static String withoutOwnSegment(String heading, String docTitle, String declared) {
    if (docTitle.length() <= heading.length()
        || (declared != null && key(declared).equals(key(heading)))) {
      return null;
    }
    String lowerTitle = docTitle.toLowerCase(Locale.ROOT);
    String lowerHeading = heading.toLowerCase(Locale.ROOT);
    int at = lowerTitle.indexOf(lowerHeading);
    while (at >= 0) {
      int end = at + lowerHeading.length();
      // The first segment is the headline far more often than the site ("Headline | Site").
      boolean startsSegment = at > 0 && endsWithSeparator(docTitle.substring(0, at));
      boolean endsSegment = end == docTitle.length() || startsWithSeparator(docTitle.substring(end));
      if (startsSegment && endsSegment) {
        String before = DANGLING_SEPARATORS.matcher(docTitle.substring(0, at)).replaceAll("");
        String after = DANGLING_SEPARATORS.matcher(docTitle.substring(end)).replaceAll("");
        String rest = after.isEmpty() ? before : before + " | " + after;
        return Html.weightedLength(rest) > Html.weightedLength(heading) ? rest : null;
      }
      at = lowerTitle.indexOf(lowerHeading, at + 1);
    }
    return null;
  }

  private static boolean endsWithSeparator(String s) {
    Matcher m = SEGMENT_SEPARATOR.matcher(s);
    int lastEnd = -1;
    while (m.find()) {
      lastEnd = m.end();
    }
    return lastEnd == s.length();
  }

  private static boolean startsWithSeparator(String s) {
    Matcher m = SEGMENT_SEPARATOR.matcher(s);
    return m.lookingAt();
  }

  /** Lower case letters and digits only: typography and spacing do not make another title. */
  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      b.append(m.group()).append(' ');
    }
    return b.toString().strip();
  }

  /** A shared word of some length, or in Han text a shared pair of characters. */
  static boolean sharesWord(String a, String b) {
    java.util.Set<String> words = words(a);
    words.retainAll(words(b));
    return !words.isEmpty();
  }

  private static java.util.Set<String> words(String s) {
    java.util.Set<String> words = new java.util.HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        for (int i = 0; i + 2 <= w.length(); i++) {
          words.add(w.substring(i, i + 2));
        }
      } else if (w.length() >= MIN_SHARED_WORD_CHARS) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * {@code raw} without site affixes. {@code siteName} and {@code host} (both nullable) name the
   * site; {@code h1} (nullable) is the page's main heading, which is trusted when it is one of the
   * title's parts.
   */
  static String clean(String raw, String siteName, String host, String h1) {
    String title = Html.collapseWhitespace(raw.replace("\u00AD", "")).strip();
    List<int[]> parts = parts(title);
    if (parts.size() < 2) {
      return title;
    }
    if (h1 != null && !h1.isBlank()) {
      String heading = Html.collapseWhitespace(h1).strip();
      for (int[] p : parts) {
        if (title.substring(p[0], p[1]).equalsIgnoreCase(heading)) {
          return heading;
        }
      }
    }
    int first = 0;
    int last = parts.size() - 1;
    while (last > first && isSiteName(text(title, parts.get(last)), siteName, host)) {
      last--;
    }
    while (first < last && isSiteName(text(title, parts.get(first)), siteName, host)) {
      first++;
    }
    // What remains after the headline is usually a section name ("Op-Ed Contributors").
    while (last > first && isShortAffix(text(title, parts.get(last)), text(title, parts.get(first)))) {
      last--;
    }
    return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
  }

  private static List<int[]> parts(String title) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        parts.add(new int[] {start, m.start()});
      }
      start = m.end();
    }
    if (start < title.length()) {
      parts.add(new int[] {start, title.length()});
    }
    return parts;
  }

  private static String text(String title, int[] part) {
    return title.substring(part[0], part[1]).strip();
  }

  private static boolean isSiteName(String part, String siteName, String host) {
    String p = part.toLowerCase(Locale.ROOT);
    if (DOMAIN.matcher(part).matches()) {
      return true;
    }
    if (siteName != null && !siteName.isBlank()) {
      String s = siteName.toLowerCase(Locale.ROOT);
      if (p.equals(s) || p.contains(s) || (p.length() >= 3 && s.contains(p))) {
        return true;
      }
    }
    if (host != null) {
      String compact = p.replaceAll("[\\s.\\-]", "");
      String hostName = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      if (compact.length() >= 3 && (hostName.startsWith(compact) || hostName.replace(".", "").equals(compact))) {
        return true;
      }
      // "Example News" on news.example.org, "China Daily" on chinadaily.com.cn
      String[] labels = hostName.split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        if (labels[i].length() >= 4 && !GENERIC_HOST_LABELS.contains(labels[i]) && compact.contains(labels[i])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a heading names the site rather than a story: the site name or a part of it, a domain,
   * or a short heading made of the host's name ("Four Years Remaining" on fouryears.eu).
   */
  private static boolean isSiteHeading(String heading, String siteName, String host) {
    if (DOMAIN.matcher(heading).matches()) {
      return true;
    }
    String k = key(heading);
    if (siteName != null && !siteName.isBlank() && !k.isEmpty() && key(siteName).contains(k)) {
      return true;
    }
    if (host == null || heading.split("\\s+").length > MAX_SITE_HEADING_WORDS) {
      return false;
    }
    String compact = heading.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    String hostName = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    for (String label : hostName.split("\\.")) {
      String l = label.replace("-", "");
      if (l.length() >= 4 && !GENERIC_HOST_LABELS.contains(l) && compact.contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isShortAffix(String affix, String headline) {
    int affixLength = Html.weightedLength(affix);
    return affixLength * 2 <= Html.weightedLength(headline)
        && (affix.split("\\s+").length <= 3 || affixLength <= 18);
  }
}
