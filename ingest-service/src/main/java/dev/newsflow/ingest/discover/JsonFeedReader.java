package dev.newsflow.ingest.discover;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonFeedReader() {}

  static List<FeedEntry> read(byte[] json, URI feedUrl, ZoneId zone) throws FeedException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new FeedException(FeedException.Reason.MALFORMED_JSON,
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FeedException(FeedException.Reason.IO, "cannot read JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()
        || !(root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
            || root.path("items").isArray())) {
      throw new FeedException(FeedException.Reason.NOT_A_FEED, "JSON, but not a JSON Feed");
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      URI link = Links.resolve(feedUrl, text(item, "url"));
      if (link == null) {
        // external_url is what the item is about, the best we have when it has no own page.
        link = Links.resolve(feedUrl, text(item, "external_url"));
      }
      if (link == null) {
        continue;
      }
      String title = text(item, "title");
      entries.add(new FeedEntry(link,
          title == null ? null : title.strip().replaceAll("\\s+", " "),
          FeedDates.parseIso(nullToEmpty(text(item, "date_published")), zone)));
    }
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
