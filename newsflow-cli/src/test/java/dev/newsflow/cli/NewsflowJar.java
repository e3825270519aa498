package dev.newsflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the packaged {@code newsflow.jar} in its own JVM, as a user or a container would, with
 * stdout and stderr captured in files under a working directory.
 */
final class NewsflowJar {
  static final Path JAR = Path.of("target", "newsflow.jar").toAbsolutePath();

  private NewsflowJar() {}

  /**
   * Starts {@code newsflow args...}; output goes to {@code work/name.out} and {@code work/name.err}.
   * The child sees no {@code KAFKA_*} or {@code NEWSFLOW_*} variable from this JVM, only {@code env}.
   */
  static Process start(Path work, String name, List<String> args, Map<String, String> env) throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: integration tests run after `package`");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
    if (Runtime.version().feature() >= 24) {
      command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
    }
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(work.resolve(name + ".out").toFile())
        .redirectError(work.resolve(name + ".err").toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("NEWSFLOW_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  static String stdout(Path work, String name) throws IOException {
    return read(work.resolve(name + ".out"));
  }

  static String stderr(Path work, String name) throws IOException {
    return read(work.resolve(name + ".err"));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
