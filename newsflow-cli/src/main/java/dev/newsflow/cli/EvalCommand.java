package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow eval}: measures the pipeline's stages against labelled datasets. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures a pipeline stage against a labelled dataset and prints the figures.",
    subcommands = {ExtractionEvalCommand.class, LangIdEvalCommand.class, NerEvalCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
