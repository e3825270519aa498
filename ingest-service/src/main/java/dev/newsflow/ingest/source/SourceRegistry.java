package dev.newsflow.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sources to collect, read from a YAML sources file. Every key a source may have, and what a
 * source gets when it leaves one out, is documented in {@code sources-defaults.yaml} next to this
 * class.
 *
 * <pre>{@code
 * SourceRegistry registry = SourceRegistry.load(Path.of("sources.yaml"));
 * ingest.runContinuously(registry.sources(), Duration.ofMinutes(10), stop);
 * }</pre>
 *
 * <p>A file is accepted whole or not at all: {@link InvalidSourcesException} lists every problem
 * with its line and a reason code, so that a typo is found at start-up rather than as a silent gap
 * in the collection.
 *
 * @param sources the sources, in file order
 */
public record SourceRegistry(List<SourceConfig> sources) {
  /** Files beyond this many characters are refused; tens of thousands of sources fit. */
  public static final int MAX_FILE_CHARS = 16 * 1024 * 1024;

  static final String DEFAULTS_RESOURCE = "sources-defaults.yaml";
  static final String BUNDLED_RESOURCE = "sources.yaml";

  public SourceRegistry {
    sources = List.copyOf(sources);
  }

  /** Reads and validates a sources file (UTF-8). */
  public static SourceRegistry load(Path file) throws IOException, InvalidSourcesException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    long size = Files.size(file);
    if (size > MAX_FILE_CHARS) {
      throw new InvalidSourcesException(name, List.of(
          new SourceFileProblem(0, 0, "too-large", "the file has " + size + " bytes; at most " + MAX_FILE_CHARS)));
    }
    return read(decode(Files.readAllBytes(file), name), name);
  }

  /**
   * Reads and validates the text of a sources file.
   *
   * @param name the file's name, for messages
   */
  public static SourceRegistry read(String text, String name) throws InvalidSourcesException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    if (text.length() > MAX_FILE_CHARS) {
      throw new InvalidSourcesException(name, List.of(
          new SourceFileProblem(0, 0, "too-large", "the file has " + text.length() + " characters; at most " + MAX_FILE_CHARS)));
    }
    List<SourceFileProblem> problems = new ArrayList<>();
    List<SourceConfig> sources;
    try {
      YamlTree.Node root = YamlTree.parse(text, problems);
      sources = new SourceFileReader(problems).sources(root, defaults());
    } catch (SourceFileProblem.Failure failure) {
      problems.add(failure.problem);
      sources = List.of();
    }
    if (!problems.isEmpty()) {
      List<SourceFileProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(SourceFileProblem::line).thenComparingInt(SourceFileProblem::column));
      throw new InvalidSourcesException(name, sorted);
    }
    return new SourceRegistry(sources);
  }

  /**
   * The sources bundled with newsflow: major news outlets in many languages and scripts, with
   * their public feeds, so that a fresh installation collects something out of the box.
   */
  public static SourceRegistry bundled() {
    try {
      return read(resource(BUNDLED_RESOURCE), "bundled " + BUNDLED_RESOURCE);
    } catch (InvalidSourcesException e) {
      throw new IllegalStateException("the bundled sources file is invalid: " + e.getMessage(), e);
    }
  }

  /** What a source gets for the keys it leaves out, as documented in {@code sources-defaults.yaml}. */
  public static SourceDefaults defaults() {
    List<SourceFileProblem> problems = new ArrayList<>();
    try {
      YamlTree.Node root = YamlTree.parse(resource(DEFAULTS_RESOURCE), problems);
      SourceDefaults base = new SourceDefaults(SourceFileReader.MAX_POLL_INTERVAL, null, SourceLimits.NONE);
      SourceDefaults defaults = new SourceFileReader(problems).defaults(root, base);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the bundled " + DEFAULTS_RESOURCE + " is invalid: " + problems);
      }
      return defaults;
    } catch (SourceFileProblem.Failure failure) {
      throw new IllegalStateException("the bundled " + DEFAULTS_RESOURCE + " is invalid: " + failure.problem, failure);
    }
  }

  /** The text of {@code sources-defaults.yaml}: every key a source may have, explained, with its default. */
  public static String defaultsDocumentation() {
    return resource(DEFAULTS_RESOURCE);
  }

  /** The source with this id. */
  public Optional<SourceConfig> find(String id) {
    return sources.stream().filter(s -> s.source().id().equals(id)).findFirst();
  }

  private static String decode(byte[] bytes, String name) throws InvalidSourcesException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidSourcesException(name, List.of(
          new SourceFileProblem(0, 0, "not-utf8", "the file is not UTF-8 text")));
    }
  }

  private static String resource(String name) {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
