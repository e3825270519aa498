package dev.newsflow.ingest.state;

import java.net.URI;
import java.util.Locale;

/**
 * The host a URL belongs to, as the unit of work ingest instances split between them: the host
 * name in lower case, with the port when it is given and not the scheme's default ({@code
 * example.org}, {@code 127.0.0.1:8081}). Ports count because one machine may serve several sites.
 */
public final class HostKey {
  private HostKey() {}

  /** The host key of {@code url}; empty when the URL has no host. */
  public static String of(URI url) {
    String host = url.getHost();
    if (host == null) {
      return "";
    }
    host = host.toLowerCase(Locale.ROOT);
    int port = url.getPort();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
    return defaultPort ? host : host + ":" + port;
  }
}
