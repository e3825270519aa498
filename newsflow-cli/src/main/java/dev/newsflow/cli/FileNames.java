package dev.newsflow.cli;

import java.util.regex.Pattern;

/** File names made from ids and URLs. */
final class FileNames {
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
  private static final int MAX_LENGTH = 150;

  private FileNames() {}

  /** {@code name} with everything but letters, digits, dots, dashes and underscores replaced. */
  static String safe(String name) {
    String safe = UNSAFE.matcher(name).replaceAll("_");
    if (safe.startsWith(".")) {
      safe = "_" + safe.substring(1);
    }
    if (safe.length() > MAX_LENGTH) {
      safe = safe.substring(0, MAX_LENGTH);
    }
    return safe.isEmpty() ? "_" : safe;
  }
}
