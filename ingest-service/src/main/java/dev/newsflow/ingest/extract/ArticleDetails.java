package dev.newsflow.ingest.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The section, tags and main image a page declares. JSON-LD wins over meta tags, as for the other
 * metadata; nothing is guessed from the text or from images in the body.
 *
 * @param section the section name, or null
 * @param tags tags or keywords in page order, without duplicates (compared ignoring case)
 * @param image the main image as an absolute http(s) URL, or null
 */
record ArticleDetails(String section, List<String> tags, String image) {
  static final int MAX_TAGS = 50;
  static final int MAX_TAG_CHARS = 100;
  static final int MAX_SECTION_CHARS = 100;
  /** Keyword lists are separated by commas, in CJK pages also by the ideographic comma. */
  private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;，、；]");

  ArticleDetails {
    tags = List.copyOf(tags);
  }

  /** {@code imageSrc} is the page's first {@code link[rel=image_src][href]}, or null. */
  static ArticleDetails read(Element imageSrc, URI url, MetaTags meta, JsonLd ld) {
    String section = ld.list("articleSection").stream().findFirst()
        .or(() -> meta.first("article:section", "og:article:section", "parsely-section"))
        .map(s -> Html.collapseWhitespace(s).strip())
        .filter(s -> !s.isEmpty() && s.length() <= MAX_SECTION_CHARS)
        .orElse(null);

    List<String> tags = tags(ld.list("keywords"));
    if (tags.isEmpty()) {
      tags = tags(meta.all("article:tag"));
    }
    if (tags.isEmpty()) {
      tags = tags(meta.all("news_keywords"));
    }
    if (tags.isEmpty()) {
      tags = tags(meta.all("keywords"));
    }

    String image = ld.imageUrl()
        .or(() -> meta.first("og:image:secure_url", "og:image:url", "og:image", "twitter:image",
            "twitter:image:src"))
        .or(() -> Optional.ofNullable(imageSrc).map(e -> e.attr("href")))
        .map(href -> absoluteWebUrl(url, href))
        .orElse(null);
    return new ArticleDetails(section, tags, image);
  }

  /** Each value split at list separators, trimmed, duplicates (ignoring case) and odd lengths dropped. */
  private static List<String> tags(List<String> values) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String value : values) {
      for (String part : TAG_SEPARATORS.split(value)) {
        String tag = Html.collapseWhitespace(part).strip();
        if (!tag.isEmpty() && tag.length() <= MAX_TAG_CHARS && unique.size() < MAX_TAGS) {
          unique.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
      }
    }
    return new ArrayList<>(unique.values());
  }

  private static String absoluteWebUrl(URI base, String href) {
    try {
      URI resolved = base.resolve(href.strip().replace(" ", "%20"));
      String scheme = resolved.getScheme();
      boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
      return web && resolved.getHost() != null ? resolved.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
