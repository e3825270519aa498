package dev.newsflow.ingest.canonical;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the many URLs of one article into one canonical URL, from which its id derives.
 *
 * <p>Lower-cases scheme and host, converts an internationalised host to ASCII (IDNA), drops the
 * default port, the fragment and tracking parameters ({@code utm_*}, {@code gclid}, {@code
 * fbclid} ...), and gives an empty path as {@code /}. The order of the remaining query parameters
 * is kept: some sites route on it.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING_PARAMETERS = Set.of(
      "gclid", "dclid", "fbclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl",
      "ref_src", "cmpid", "ocid", "at_medium", "at_campaign", "spm",
      "jsessionid", "phpsessid", "sessionid");

  private UrlCanonicalizer() {}

  /**
   * The canonical form of {@code url}.
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static String canonicalize(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    String host = url.getHost();
    int port = url.getPort();
    if (host == null && url.getAuthority() != null) {
      // java.net.URI leaves host and port unset for an internationalised host name such as
      // bücher.example: take them from the authority ourselves.
      String authority = url.getAuthority().substring(url.getAuthority().lastIndexOf('@') + 1);
      int colon = authority.lastIndexOf(':');
      if (colon > 0 && !authority.startsWith("[") && authority.substring(colon + 1).matches("\\d{1,5}")) {
        port = Integer.parseInt(authority.substring(colon + 1));
        authority = authority.substring(0, colon);
      }
      host = authority.isEmpty() ? null : authority;
    }
    if (host == null) {
      throw new IllegalArgumentException("URL has no host: " + url);
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("URL has an invalid host name: " + url, e);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = withoutTracking(url.getRawQuery());
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      out.append(':').append(port);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** Like {@link #canonicalize(URI)} for a string, which may not even be a valid URI. */
  public static String canonicalize(String url) {
    try {
      return canonicalize(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }
}
