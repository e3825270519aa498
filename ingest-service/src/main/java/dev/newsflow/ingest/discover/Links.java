package dev.newsflow.ingest.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Turns the link strings feeds contain into absolute http(s) URLs, or nothing. */
final class Links {
  private Links() {}

  /** {@code text} resolved against {@code base}; null unless it makes an http(s) URL with a host. */
  static URI resolve(URI base, String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      // Feeds put raw spaces in URLs more often than they should; the rest must be valid.
      URI uri = new URI(s.replace(" ", "%20"));
      URI resolved = base == null ? uri : base.resolve(uri);
      return isWeb(resolved) ? resolved : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code text} resolved against {@code base} if it is any usable URI, else {@code base}. */
  static URI rebase(URI base, String text) {
    if (text == null || text.isBlank()) {
      return base;
    }
    try {
      return base == null ? new URI(text.strip()) : base.resolve(new URI(text.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return base;
    }
  }

  static boolean isWeb(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return false;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https"))
        && uri.getHost() != null && !uri.getHost().isEmpty();
  }
}
