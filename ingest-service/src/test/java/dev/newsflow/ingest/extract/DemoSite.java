package dev.newsflow.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo news site bundled with the CLI, read straight from the CLI module's sources so that the
 * pages the demo serves and the pages these tests check are the same files.
 */
final class DemoSite {
  static final Path DIR = Path.of("..", "newsflow-cli", "src", "main", "resources",
      "dev", "newsflow", "cli", "demo", "site");
  static final String BASE = "http://127.0.0.1:8080";

  private DemoSite() {}

  /** The page's bytes as the demo server sends them, with {@code {{BASE}}} filled in. */
  static byte[] page(String file) {
    try {
      byte[] raw = Files.readAllBytes(DIR.resolve(file));
      // Byte-level replacement: the placeholder is ASCII, so legacy encodings survive it.
      String latin1 = new String(raw, StandardCharsets.ISO_8859_1);
      return latin1.replace("{{BASE}}", BASE).getBytes(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
