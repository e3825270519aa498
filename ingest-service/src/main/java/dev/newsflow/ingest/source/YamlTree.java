package dev.newsflow.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a small tree whose every node remembers its line and column, so that
 * validation can point at the exact place of a problem. Jackson's own tree forgets locations.
 */
final class YamlTree {
  /** Deeper than any sources file needs; a bound so hostile nesting cannot exhaust the stack. */
  static final int MAX_DEPTH = 16;

  private static final YAMLFactory FACTORY = factory();

  private YamlTree() {}

  /** A node and where it starts (1-based line and column). */
  sealed interface Node permits Scalar, Mapping, Sequence {
    int line();

    int column();

    /** What a person would call this node, for messages: "a list", "a mapping", "text". */
    String kind();
  }

  /** A scalar as written; {@code text} is null for an empty value or {@code null}. */
  record Scalar(String text, int line, int column) implements Node {
    @Override
    public String kind() {
      return text == null ? "an empty value" : "a single value";
    }
  }

  /** A mapping, keys in file order. */
  record Mapping(Map<String, Entry> entries, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** A mapping's entry: the key's position and the value. */
  record Entry(String key, int line, int column, Node value) {}

  /** A sequence. */
  record Sequence(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * Parses one YAML document.
   *
   * @param problems receives duplicate keys (the later one wins in the tree)
   * @return the root node, or null for an empty document
   * @throws SourceFileProblem.Failure on a syntax error or input beyond the bounds
   */
  static Node parse(String text, List<SourceFileProblem> problems) throws SourceFileProblem.Failure {
    try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      Node root = read(parser, 0, problems);
      if (parser.nextToken() != null) {
        throw failure(parser.currentTokenLocation(), "yaml-syntax", "more than one YAML document");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        throw syntaxError(marked);
      }
      JsonLocation at = e.getLocation();
      throw failure(at, "yaml-syntax", e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML"));
    } catch (IOException e) {
      throw new SourceFileProblem.Failure(new SourceFileProblem(0, 0, "yaml-syntax", e.getMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions.
      throw new SourceFileProblem.Failure(new SourceFileProblem(0, 0, "yaml-syntax", String.valueOf(e.getMessage())));
    }
  }

  private static Node read(JsonParser p, int depth, List<SourceFileProblem> problems) throws IOException, SourceFileProblem.Failure {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw failure(at, "too-deep", "nested more than " + MAX_DEPTH + " levels");
    }
    JsonToken token = p.currentToken();
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Aliases are how YAML bombs multiply; a sources file has no use for them.
      throw failure(at, "yaml-syntax", "YAML aliases (*" + p.getText() + ") are not supported in sources files");
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          p.nextToken();
          Node value = read(p, depth + 1, problems);
          Entry previous = entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
          if (previous != null) {
            problems.add(new SourceFileProblem(keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate-key",
                "'" + key + "' appears twice in one mapping (first on line " + previous.line() + ")"));
          }
        }
        return new Mapping(entries, line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, depth + 1, problems));
        }
        return new Sequence(items, line, column);
      }
      case VALUE_NULL -> {
        return new Scalar(null, line, column);
      }
      default -> {
        // The text as written: "NO" stays the country code of Norway, not YAML 1.1's false.
        return new Scalar(p.getText(), line, column);
      }
    }
  }

  /** Points at the problem itself (SnakeYAML's problem mark), not where the construct began. */
  private static SourceFileProblem.Failure syntaxError(MarkedYAMLException e) {
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    String message = String.valueOf(e.getProblem());
    if (e.getContext() != null) {
      message += " (" + e.getContext()
          + (context != null && context.getLine() != problem.getLine() ? " that starts on line " + (context.getLine() + 1) : "")
          + ")";
    }
    return new SourceFileProblem.Failure(
        new SourceFileProblem(problem.getLine() + 1, problem.getColumn() + 1, "yaml-syntax", message));
  }

  private static SourceFileProblem.Failure failure(JsonLocation at, String reason, String message) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new SourceFileProblem.Failure(new SourceFileProblem(line, column, reason, message));
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20); // no alias bombs
    options.setCodePointLimit(SourceRegistry.MAX_FILE_CHARS + 1);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setAllowDuplicateKeys(true); // reported with their line by the tree instead
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2).build());
    return factory;
  }
}
