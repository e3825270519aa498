package dev.newsflow.ingest.discover;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of a section or home page: same-site {@code <a href>} targets that the
 * source's {@link ArticlePatterns} select, in page order (which is roughly prominence), each once.
 *
 * <pre>{@code
 * List<URI> links = SectionPage.articleLinks(decoded.html(), result.finalUrl(), patterns, 200);
 * }</pre>
 */
public final class SectionPage {
  /** Anchors beyond this many are not looked at; a portal's home page has a few thousand. */
  static final int MAX_ANCHORS = 20_000;

  private SectionPage() {}

  /**
   * Article links found on a page.
   *
   * @param html the decoded page
   * @param pageUrl where the page was served from; relative links and {@code <base>} resolve against it
   * @param patterns the source's patterns; without any, links must look like articles
   * @param max at most this many links are returned
   */
  public static List<URI> articleLinks(String html, URI pageUrl, ArticlePatterns patterns, int max) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pageUrl, "pageUrl");
    Objects.requireNonNull(patterns, "patterns");
    Document doc = Jsoup.parse(html, pageUrl.toString());
    Set<URI> links = new LinkedHashSet<>();
    int anchors = 0;
    for (Element a : doc.select("a[href]")) {
      if (++anchors > MAX_ANCHORS || links.size() >= max) {
        break;
      }
      URI link = withoutFragment(Links.resolve(null, a.absUrl("href")));
      if (link == null
          || !ArticleLinks.sameSite(link.getHost(), pageUrl.getHost())
          || samePage(link, pageUrl)
          || !patterns.selectsLink(link)) {
        continue;
      }
      links.add(link);
    }
    return new ArrayList<>(links);
  }

  private static URI withoutFragment(URI url) {
    if (url == null || url.getRawFragment() == null) {
      return url;
    }
    String s = url.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  private static boolean samePage(URI a, URI b) {
    return Objects.equals(a.getHost(), b.getHost()) && Objects.equals(a.getRawPath(), b.getRawPath())
        && Objects.equals(a.getRawQuery(), b.getRawQuery());
  }
}
