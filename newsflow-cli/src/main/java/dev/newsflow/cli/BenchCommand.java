package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow bench}: measures how fast the pipeline's machinery runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the speed and memory of a pipeline stage on a simulated workload and prints the figures.",
    subcommands = {CrawlBenchCommand.class, EnrichBenchCommand.class, StreamsBenchCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
