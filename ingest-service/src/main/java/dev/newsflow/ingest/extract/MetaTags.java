package dev.newsflow.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <meta>} tags of a page, by {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element meta : doc.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          tags.values.putIfAbsent(k, content);
        }
      }
    }
    return tags;
  }

  /** The first of {@code keys} the page has a non-blank value for. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      String v = values.get(key);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
