package dev.newsflow.enrich.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a language-identification set: JSON Lines, one object per line with string fields
 * {@code text}, {@code lang}, {@code bucket} and optionally {@code kind}; gzip-compressed when the
 * file name ends in {@code .gz}. Blank lines are skipped; other fields are ignored.
 */
public final class LangIdDataset {
  private LangIdDataset() {}

  /**
   * The samples of {@code file}, in file order.
   *
   * @param limit read at most this many samples; 0 or less for all
   * @throws DatasetException when the file cannot be read or a line is malformed
   */
  public static List<LangIdSample> read(Path file, int limit) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, limit);
    } catch (IOException e) {
      throw new DatasetException(DatasetException.Reason.UNREADABLE, 0, file + ": " + e, e);
    }
  }

  /** The samples in {@code reader}'s lines; see {@link #read(Path, int)}. */
  public static List<LangIdSample> read(BufferedReader reader, int limit) throws IOException {
    List<LangIdSample> samples = new ArrayList<>();
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (limit > 0 && samples.size() >= limit) {
        break;
      }
      samples.add(parse(line, lineNumber));
    }
    return samples;
  }

  static LangIdSample parse(String line, long lineNumber) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new DatasetException(
          DatasetException.Reason.MALFORMED_LINE, lineNumber, e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new DatasetException(
          DatasetException.Reason.MALFORMED_LINE, lineNumber, "not a JSON object", null);
    }
    String text = field(node, "text", lineNumber);
    String lang = field(node, "lang", lineNumber);
    String bucket = field(node, "bucket", lineNumber);
    String kind = node.path("kind").isTextual() ? node.get("kind").asText() : bucket;
    return new LangIdSample(text, lang, bucket, kind);
  }

  private static String field(JsonNode node, String name, long lineNumber) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new DatasetException(
          DatasetException.Reason.MISSING_FIELD, lineNumber, "no string field '" + name + "'", null);
    }
    return value.asText();
  }
}
