package dev.newsflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation data (extraction, language id, NER sets) for the evaluation tests:
 * env {@code NEWSFLOW_DATASETS}, else {@code ../shared/datasets} next to the repository root (the
 * first folder above the working directory holding {@code mvnw}). Tests that need it skip when it
 * is absent, so the suite runs anywhere and measures where the data is.
 */
public final class SharedDatasets {
  private SharedDatasets() {}

  /** The datasets folder, if there is one. */
  public static Optional<Path> find() {
    String env = System.getenv("NEWSFLOW_DATASETS");
    if (env != null && !env.isBlank()) {
      Path dir = Path.of(env);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    String fromMaven = System.getProperty("maven.multiModuleProjectDirectory");
    Path start = fromMaven != null ? Path.of(fromMaven) : Path.of("").toAbsolutePath();
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        Path shared = dir.resolveSibling("shared").resolve("datasets");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A sub-folder or file of the datasets folder (e.g. {@code ner}), if it exists. */
  public static Optional<Path> find(String relative) {
    return find().map(dir -> dir.resolve(relative)).filter(Files::exists);
  }
}
