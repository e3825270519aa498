package dev.newsflow.ingest.source;

import java.util.Objects;

/**
 * One thing wrong with a sources file.
 *
 * @param line the 1-based line it is on (0 when the file as a whole is wrong)
 * @param column the 1-based column (0 when unknown)
 * @param reason a stable machine-readable code: {@code yaml-syntax}, {@code too-large}, {@code
 *     too-deep}, {@code duplicate-key}, {@code unknown-key}, {@code missing-key}, {@code
 *     wrong-type}, {@code bad-id}, {@code duplicate-id}, {@code bad-url}, {@code bad-time-zone},
 *     {@code bad-country}, {@code bad-language}, {@code bad-duration}, {@code bad-pattern}, {@code bad-selector}, {@code out-of-range},
 *     {@code no-urls}, {@code no-sources}, {@code not-utf8}
 * @param message what is wrong, for people
 */
public record SourceFileProblem(int line, int column, String reason, String message) {
  public SourceFileProblem {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** {@code LINE:COLUMN: reason: message}, as compilers print it. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + reason + ": " + message;
  }

  /** A problem that stops reading at once (the rest of the file cannot be judged). */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient SourceFileProblem problem;

    Failure(SourceFileProblem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }
  }
}
