package dev.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}, if any.
 * Broken JSON-LD is common and simply ignored.
 */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
      "scholarlyarticle", "techarticle", "socialmediaposting", "webpage");
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build());
  private static final int MAX_SCRIPT_CHARS = 1 << 20;

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  /** The article {@code scripts}, a page's JSON-LD script elements in page order, describe. */
  static JsonLd of(List<Element> scripts) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element script : scripts) {
      String json = script.data();
      if (json.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(json);
      } catch (JsonProcessingException | RuntimeException e) {
        continue;
      }
      for (JsonNode node : objects(root)) {
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return new JsonLd(best);
  }

  /** Article types beat a plain WebPage; anything else is not an article. */
  private static int rank(JsonNode node) {
    int rank = Integer.MAX_VALUE;
    for (String type : types(node)) {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      if (ARTICLE_TYPES.contains(t)) {
        rank = Math.min(rank, t.equals("webpage") ? 1 : 0);
      }
    }
    return rank;
  }

  private static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  /** Every object in the tree, including those inside {@code @graph}, breadth first. */
  private static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> result = new ArrayList<>();
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty() && result.size() < 1000) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        result.add(node);
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          queue.add(graph);
        }
      }
    }
    return result;
  }

  Optional<String> text(String field) {
    if (article == null) {
      return Optional.empty();
    }
    JsonNode value = article.get(field);
    if (value != null && value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value != null && value.isObject()) {
      value = value.get("name");
    }
    return value != null && value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }

  /** The names of {@code author}: a string, an object with a name, or an array of either. */
  List<String> authorNames() {
    if (article == null || article.get("author") == null) {
      return List.of();
    }
    JsonNode author = article.get("author");
    List<String> names = new ArrayList<>();
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      JsonNode name = a.isObject() ? a.get("name") : a;
      if (name != null && name.isTextual() && !name.asText().isBlank()) {
        names.add(name.asText().strip());
      }
    }
    return names;
  }

  /**
   * The values of a field that may be a list: an array of strings (or of objects with a name), or
   * one string with its items separated by commas.
   */
  List<String> list(String field) {
    if (article == null || article.get(field) == null) {
      return List.of();
    }
    JsonNode value = article.get(field);
    List<String> items = new ArrayList<>();
    for (JsonNode v : value.isArray() ? value : List.of(value)) {
      JsonNode item = v.isObject() ? v.get("name") : v;
      if (item != null && item.isValueNode() && !item.asText().isBlank()) {
        items.add(item.asText());
      }
    }
    return items;
  }

  /** The URL of {@code image}: a string, an ImageObject's {@code url}, or the first of an array. */
  Optional<String> imageUrl() {
    if (article == null || article.get("image") == null) {
      return Optional.empty();
    }
    JsonNode image = article.get("image");
    if (image.isArray() && !image.isEmpty()) {
      image = image.get(0);
    }
    if (image.isObject()) {
      image = image.has("url") ? image.get("url") : image.get("contentUrl");
    }
    return image != null && image.isTextual() && !image.asText().isBlank()
        ? Optional.of(image.asText().strip())
        : Optional.empty();
  }

  Optional<String> publisherName() {
    if (article == null || article.get("publisher") == null) {
      return Optional.empty();
    }
    JsonNode publisher = article.get("publisher");
    JsonNode name = publisher.isObject() ? publisher.get("name") : publisher;
    return name != null && name.isTextual() && !name.asText().isBlank()
        ? Optional.of(name.asText().strip())
        : Optional.empty();
  }
}
