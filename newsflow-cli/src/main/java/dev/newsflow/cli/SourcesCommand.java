package dev.newsflow.cli;

import dev.newsflow.ingest.source.InvalidSourcesException;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.source.SourceFileProblem;
import dev.newsflow.ingest.source.SourceRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Tools for sources files. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Works with YAML sources files (the list of outlets to collect).",
    subcommands = SourcesCommand.Check.class)
final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow sources check FILE}: validate without running anything. */
  @Command(
      name = "check",
      header = "Validates a sources file and prints a summary of its sources.",
      mixinStandardHelpOptions = true,
      description = {
        "Validates a sources file and prints a summary of its sources.",
        "On an invalid file, prints every problem as FILE:LINE:COLUMN: reason: message and exits 1.",
        "Every key is explained in the documented defaults (--show-defaults)."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
      @Parameters(paramLabel = "FILE", description = "The sources file to check.")
      Path file;

      @Option(names = "--bundled", description = "Check and list the sources bundled with newsflow.")
      boolean bundled;

      @Option(names = "--show-defaults", description = "Print the documented defaults file (every key explained).")
      boolean showDefaults;
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (what.showDefaults) {
        out.print(SourceRegistry.defaultsDocumentation());
        out.flush();
        return 0;
      }
      SourceRegistry registry;
      String name = what.bundled ? "the bundled sources" : what.file.toString();
      try {
        registry = what.bundled ? SourceRegistry.bundled() : SourceRegistry.load(what.file);
      } catch (NoSuchFileException e) {
        err.printf("newsflow sources check: no such file: %s%n", what.file);
        return 1;
      } catch (InvalidSourcesException e) {
        for (SourceFileProblem p : e.problems()) {
          err.printf("%s:%s%n", e.file(), p);
        }
        err.printf("newsflow sources check: %s is invalid (%d problem%s)%n",
            e.file(), e.problems().size(), e.problems().size() == 1 ? "" : "s");
        return 1;
      }
      summarise(name, registry, out);
      return 0;
    }

    private static void summarise(String name, SourceRegistry registry, PrintWriter out) {
      int feeds = 0;
      int urls = 0;
      TreeSet<String> languages = new TreeSet<>();
      TreeSet<String> countries = new TreeSet<>();
      out.printf("%-20s %-28s %-7s %-20s %-8s %5s %5s %8s%n", "ID", "NAME", "COUNTRY", "TIME ZONE", "LANGUAGE", "FEEDS", "URLS", "POLL");
      for (SourceConfig s : registry.sources()) {
        feeds += s.feeds().size();
        urls += s.articleUrls().size();
        if (s.languageHint() != null) {
          languages.add(s.languageHint());
        }
        if (s.source().country() != null) {
          countries.add(s.source().country());
        }
        out.printf("%-20s %-28s %-7s %-20s %-8s %5d %5d %8s%n",
            s.source().id(), cut(s.source().name()), orDash(s.source().country()),
            s.timeZone() == null ? "-" : s.timeZone().getId(), orDash(s.languageHint()),
            s.feeds().size(), s.articleUrls().size(), s.pollInterval() == null ? "-" : show(s.pollInterval()));
      }
      out.printf("%s is valid: %d sources, %d feeds, %d article URLs, %d languages (%s), %d countries%n",
          name, registry.sources().size(), feeds, urls, languages.size(), String.join(" ", languages), countries.size());
      out.flush();
    }

    private static String cut(String name) {
      if (name == null) {
        return "-";
      }
      return name.length() > 28 ? name.substring(0, 27) + "…" : name;
    }

    private static String orDash(String s) {
      return s == null ? "-" : s;
    }

    private static String show(Duration d) {
      return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }
  }
}
