package dev.newsflow.ingest.decode;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Set;

/**
 * A page body turned into text.
 *
 * @param html the decoded markup, without a byte order mark
 * @param charset the charset the body was decoded with
 * @param charsetSource where the charset came from: {@code bom}, {@code http-header}, {@code meta},
 *     {@code detected} or {@code default}
 */
public record DecodedPage(String html, Charset charset, String charsetSource) {
  /** The values {@link #charsetSource()} can take. */
  public static final Set<String> SOURCES = Set.of("bom", "http-header", "meta", "detected", "default");

  public DecodedPage {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(charset, "charset");
    if (!SOURCES.contains(charsetSource)) {
      throw new IllegalArgumentException("unknown charset source: " + charsetSource);
    }
  }
}
