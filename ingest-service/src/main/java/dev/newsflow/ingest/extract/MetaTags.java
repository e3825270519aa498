package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The {@code <meta>} tags of a page, by {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {
  /** A page that repeats one tag more often than this is stuffing keywords, not describing itself. */
  static final int MAX_REPEATS = 100;

  private final Map<String, String> values = new HashMap<>();
  /** Every value of a key, for the tags a page may repeat ({@code article:tag}). */
  private final Map<String, List<String>> repeated = new HashMap<>();

  private MetaTags() {}

  /** The tags of {@code metas}, a page's {@code meta[content]} elements in page order. */
  static MetaTags of(List<Element> metas) {
    MetaTags tags = new MetaTags();
    for (Element meta : metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          tags.values.putIfAbsent(k, content);
          List<String> all = tags.repeated.computeIfAbsent(k, x -> new ArrayList<>());
          if (all.size() < MAX_REPEATS) {
            all.add(content);
          }
        }
      }
    }
    return tags;
  }

  /** Every value the page gives {@code key}, in page order. */
  List<String> all(String key) {
    return repeated.getOrDefault(key, List.of());
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
