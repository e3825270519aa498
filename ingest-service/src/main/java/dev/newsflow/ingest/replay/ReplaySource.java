package dev.newsflow.ingest.replay;

import dev.newsflow.common.article.Source;
import java.net.IDN;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Whom archived pages are attributed to. An archive such as CC-NEWS mixes thousands of outlets, so
 * by default each page's host is its source ({@code id} = host, no name); a caller replaying one
 * outlet's archive names it instead.
 *
 * @param source the outlet every page belongs to, or null to derive one per host
 * @param timeZone the outlet's time zone, for times pages show without an offset; null when
 *     unknown (such times are then left without a value rather than guessed)
 * @param languageHint the outlet's main language (BCP 47), or null
 */
public record ReplaySource(Source source, ZoneId timeZone, String languageHint) {

  /** Each page attributed to its host, with no time zone or language known. */
  public static ReplaySource perHost() {
    return new ReplaySource(null, null, null);
  }

  /**
   * The source of the page at {@code url}: the fixed one, else one named after the URL's host.
   *
   * @throws IllegalArgumentException when no source is fixed and the URL has no host
   */
  public Source sourceFor(URI url) {
    if (source != null) {
      return source;
    }
    String host = hostOf(url);
    if (host == null) {
      throw new IllegalArgumentException("no host in " + url);
    }
    return new Source(host, null, null);
  }

  /**
   * The URL's host in lower-case ASCII, or null when it has none. Internationalised names, which
   * {@link URI#getHost()} leaves unset, are converted to their ASCII form.
   */
  static String hostOf(URI url) {
    String host = url.getHost();
    if (host == null && url.getRawAuthority() != null) {
      String authority = url.getAuthority();
      authority = authority.substring(authority.lastIndexOf('@') + 1);
      host = authority.startsWith("[") ? null : authority.replaceFirst(":\\d*$", "");
      try {
        host = host == null || host.isBlank() ? null : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        host = null;
      }
    }
    return host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
  }
}
