package dev.newsflow.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Stopword lists shipped as resources {@code stopwords-<code>.txt} next to this class. */
final class Stopwords {
  private Stopwords() {}

  /** The list for an ISO 639-1 code; fails when the resource is missing (a packaging bug). */
  static Set<String> forLanguage(String code) {
    String resource = "stopwords-" + code + ".txt";
    try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(Stopwords::normalise)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normalise(String term) {
    return Normalizer.normalize(term, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
