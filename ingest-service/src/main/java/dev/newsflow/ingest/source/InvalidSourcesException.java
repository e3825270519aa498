package dev.newsflow.ingest.source;

import java.util.List;
import java.util.Objects;

/** A sources file that cannot be used, with every problem found and where it is. */
public final class InvalidSourcesException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 5;

  private final String file;
  private final transient List<SourceFileProblem> problems;

  InvalidSourcesException(String file, List<SourceFileProblem> problems) {
    super(describe(file, problems));
    this.file = Objects.requireNonNull(file, "file");
    this.problems = List.copyOf(problems);
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
  }

  /** The file's name as given to the reader. */
  public String file() {
    return file;
  }

  /** Every problem found, in file order. */
  public List<SourceFileProblem> problems() {
    return problems;
  }

  private static String describe(String file, List<SourceFileProblem> problems) {
    StringBuilder s = new StringBuilder("invalid sources file ").append(file);
    problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> s.append("\n  ").append(file).append(':').append(p));
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      s.append("\n  ... and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return s.toString();
  }
}
