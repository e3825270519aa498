package dev.newsflow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code newsflow} command line inside the test's JVM: its exit code and what it
 * printed on stdout and stderr.
 */
record CommandRun(int exit, String out, String err) {

  /** Runs {@code newsflow args...} and captures its output. */
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Newsflow.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }
}
