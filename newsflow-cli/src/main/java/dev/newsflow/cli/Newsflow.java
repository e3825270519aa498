package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code newsflow} command. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Newsflow.Version.class,
    description = {
      "Multilingual news ingestion on Kafka: discover, fetch, extract, enrich.",
      "Without KAFKA_BOOTSTRAP_SERVERS, commands that need a broker start an embedded one."
    },
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      TailCommand.class,
      ReplayCommand.class,
      SourcesCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ModelsCommand.class,
      HelpCommand.class
    })
public final class Newsflow implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    String logFormat = System.getenv("NEWSFLOW_LOG_FORMAT");
    if (logFormat != null && !logFormat.isEmpty() && !LOG_FORMATS.contains(logFormat)) {
      // Checked before anything logs: logback would otherwise drop every line without a word.
      System.err.println("newsflow: NEWSFLOW_LOG_FORMAT must be one of " + LOG_FORMATS + ", was: " + logFormat);
      System.exit(2);
    }
    System.exit(commandLine().execute(args));
  }

  /** The values of NEWSFLOW_LOG_FORMAT: the names of the appenders in logback.xml. */
  static final java.util.List<String> LOG_FORMATS = java.util.List.of("text", "json");

  /** The command line, configured as the jar runs it; tests execute it in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Newsflow())
        .setCaseInsensitiveEnumValuesAllowed(true)
        // Descriptions are written as lines of up to ~100 characters; narrower help would break them.
        .setUsageHelpWidth(110)
        .setUsageHelpAutoWidth(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("newsflow " + cmd.getCommandName() + ": " + e.getMessage());
          org.slf4j.LoggerFactory.getLogger(Newsflow.class).debug("command failed", e);
          return 1;
        });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Newsflow.class.getPackage().getImplementationVersion();
      return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
    }
  }
}
