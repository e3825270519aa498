package dev.newsflow.ingest.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A plain list of URLs, one per line, as used for one-off fetches. Blank lines and lines starting
 * with {@code #} are skipped; leading and trailing spaces are ignored; repeated URLs are kept
 * once. Lines that are not absolute http(s) URLs are reported, not fatal.
 *
 * <pre>{@code
 * UrlList list = UrlList.parse(Files.readString(path));
 * list.problems().forEach(p -> log.warn("line {}: {}", p.line(), p.reason()));
 * }</pre>
 *
 * @param urls the valid URLs, in file order, without repeats
 * @param problems the lines that were not usable URLs, in file order
 */
public record UrlList(List<URI> urls, List<Problem> problems) {

  /** Lines longer than this are reported rather than parsed; no real URL comes close. */
  public static final int MAX_LINE_LENGTH = 8192;

  public UrlList {
    urls = List.copyOf(urls);
    problems = List.copyOf(problems);
  }

  /**
   * A line that is not a usable URL.
   *
   * @param line the 1-based line number
   * @param text the line as written (cut to 200 characters)
   * @param reason {@code bad-url}, {@code unsupported-scheme} or {@code too-long}
   */
  public record Problem(int line, String text, String reason) {
    public Problem {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(reason, "reason");
      if (text.length() > 200) {
        text = text.substring(0, 200);
      }
    }
  }

  /** Parses the text of a URL list. */
  public static UrlList parse(String text) {
    try {
      return parse(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A StringReader does not fail.
    }
  }

  /** Parses a URL list from a reader; does not close it. */
  public static UrlList parse(Reader reader) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    Set<URI> urls = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.length() > MAX_LINE_LENGTH) {
        problems.add(new Problem(number, s, "too-long"));
        continue;
      }
      URI uri;
      try {
        uri = new URI(s);
      } catch (URISyntaxException e) {
        problems.add(new Problem(number, s, "bad-url"));
        continue;
      }
      if (uri.getScheme() != null && !uri.getScheme().matches("(?i)https?")) {
        problems.add(new Problem(number, s, "unsupported-scheme"));
      } else if (!Links.isWeb(uri)) {
        problems.add(new Problem(number, s, "bad-url"));
      } else {
        urls.add(uri);
      }
    }
    return new UrlList(new ArrayList<>(urls), problems);
  }
}
