package dev.newsflow.ingest.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a dataset's {@code truth.jsonl}.
 *
 * @param id the page's file name without {@code .html.gz}
 * @param url the page's URL as the dataset gives it (may be null or not a URL)
 * @param title the headline, or null
 * @param language the ISO 639-1 code of the main text, or {@code "?"}
 * @param charset the charset known out of band, or null
 * @param body the whole main text, or null for snippet truth
 * @param with snippets the text must contain (empty for body truth)
 * @param without snippets the text must not contain
 * @param publishedDay the publication day the annotators give, or null
 * @param publishedMinute the publication time to the minute (local), or null when only a day is known
 */
record Truth(
    String id,
    String url,
    String title,
    String language,
    String charset,
    String body,
    List<String> with,
    List<String> without,
    LocalDate publishedDay,
    LocalDateTime publishedMinute) {

  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?.*");

  Truth {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("truth line without id");
    }
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
    language = language == null || language.isBlank() ? "?" : language;
  }

  boolean hasBody() {
    return body != null;
  }

  static List<Truth> read(Path file, ObjectMapper mapper) throws IOException {
    List<Truth> truths = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          truths.add(parse(mapper.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    }
    return truths;
  }

  static Truth parse(JsonNode node) {
    String date = text(node.path("meta"), "date");
    LocalDate day = null;
    LocalDateTime minute = null;
    if (date != null) {
      Matcher m = DATE_TIME.matcher(date.strip());
      if (m.matches()) {
        try {
          day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (m.group(4) != null) {
            minute = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
          }
        } catch (java.time.DateTimeException e) {
          day = null;
          minute = null;
        }
      }
    }
    return new Truth(
        text(node, "id"),
        text(node, "url"),
        text(node, "title"),
        text(node, "lang"),
        text(node, "charset"),
        text(node, "body"),
        strings(node.path("with")),
        strings(node.path("without")),
        day,
        minute);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (n.isTextual()) {
        out.add(n.asText());
      }
    }
    return out;
  }
}
