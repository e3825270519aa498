package dev.newsflow.enrich.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The texts under {@code src/test/resources/near-duplicates}. */
public final class NearDuplicateTexts {
  private NearDuplicateTexts() {}

  /** The text of fixture {@code name} (without {@code .txt}). */
  public static String read(String name) {
    try (InputStream in = NearDuplicateTexts.class.getResourceAsStream("/near-duplicates/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
