package dev.newsflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Clearing away the working directories that commands create for one run. */
final class Directories {
  private Directories() {}

  /**
   * Deletes {@code root} and everything under it. A directory left behind is not worth failing a
   * finished command over: {@code onFailure} is told why instead.
   */
  static void deleteRecursively(Path root, Consumer<String> onFailure) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      onFailure.accept("could not delete " + root + ": " + e);
    }
  }
}
