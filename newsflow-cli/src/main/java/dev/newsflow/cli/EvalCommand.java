package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow eval}: quality measurements over evaluation datasets. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality over evaluation datasets and prints the figures.",
    subcommands = {ExtractionEvalCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
