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

  private Titles() {}

  /**
   * {@code raw} without site affixes. {@code siteName} and {@code host} (both nullable) name the
   * site; {@code h1} (nullable) is the page's main heading, which is trusted when it is one of the
   * title's parts.
   */
  static String clean(String raw, String siteName, String host, String h1) {
    String title = Html.collapseWhitespace(raw).strip();
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

  private static boolean isShortAffix(String affix, String headline) {
    int affixLength = Html.weightedLength(affix);
    return affixLength * 2 <= Html.weightedLength(headline)
        && (affix.split("\\s+").length <= 3 || affixLength <= 18);
  }
}
