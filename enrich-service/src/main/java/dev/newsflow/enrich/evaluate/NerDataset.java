package dev.newsflow.enrich.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file of the NER evaluation format (one JSON object per line with {@code lang}, {@code tokens}
 * and {@code tags}), read whole.
 *
 * @param name the file name without {@code .jsonl}
 * @param samples the sentences in file order
 */
public record NerDataset(String name, List<NerSample> samples) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public NerDataset {
    samples = List.copyOf(samples);
  }

  /**
   * The datasets at {@code path}: the file itself, or every {@code *.jsonl} file in the directory
   * in name order.
   *
   * @throws NerDatasetException when a file cannot be read or a line is malformed; the message
   *     names the file and line
   */
  public static List<NerDataset> read(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        List<Path> jsonl = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        if (jsonl.isEmpty()) {
          throw new NerDatasetException(NerDatasetException.UNREADABLE, "no .jsonl files in " + path);
        }
        return jsonl.stream().map(NerDataset::readFile).toList();
      } catch (IOException e) {
        throw new NerDatasetException(NerDatasetException.UNREADABLE, path + ": " + e.getMessage());
      }
    }
    return List.of(readFile(path));
  }

  static NerDataset readFile(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    List<NerSample> samples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          samples.add(parse(line));
        } catch (NerDatasetException e) {
          throw new NerDatasetException(e.reason(), file.getFileName() + ":" + number + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new NerDatasetException(NerDatasetException.UNREADABLE, file + ": " + e.getMessage());
    }
    return new NerDataset(name, samples);
  }

  /** One line of the format. */
  static NerSample parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new NerDatasetException(NerDatasetException.BAD_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new NerDatasetException(NerDatasetException.BAD_JSON, "not a JSON object");
    }
    for (String field : List.of("lang", "tokens", "tags")) {
      if (!node.hasNonNull(field)) {
        throw new NerDatasetException(NerDatasetException.MISSING_FIELD, "no " + field);
      }
    }
    if (!node.get("lang").isTextual()) {
      throw new NerDatasetException(NerDatasetException.BAD_JSON, "lang is not a string");
    }
    return new NerSample(node.get("lang").asText(), strings(node, "tokens"), strings(node, "tags"));
  }

  private static List<String> strings(JsonNode node, String field) {
    JsonNode array = node.get(field);
    if (!array.isArray()) {
      throw new NerDatasetException(NerDatasetException.BAD_JSON, field + " is not an array");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        throw new NerDatasetException(NerDatasetException.BAD_JSON, field + " holds a non-string");
      }
      values.add(element.asText());
    }
    return values;
  }
}
