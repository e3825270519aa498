package dev.newsflow.cli;

import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelSpec;
import dev.newsflow.enrich.entities.models.ModelStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow models}: the entity model cache. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = {
      "Entity model files (Stanford CoreNLP CRF models for en, de, fr, es), cached locally.",
      "Each is one file of a large model jar on Maven Central; only that file is downloaded."
    },
    subcommands = {ModelsCommand.Fetch.class, ModelsCommand.ListModels.class})
final class ModelsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newsflow models fetch [LANG...]}. */
  @Command(name = "fetch", mixinStandardHelpOptions = true,
      description = "Downloads the models of these languages (default: all) into the cache, unless already there.")
  static final class Fetch implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ModelOptions options;

    @Parameters(paramLabel = "LANG", arity = "0..*", description = "ISO 639-1 codes: en, de, fr, es.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--force", description = "Download again even when cached.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<ModelSpec> models = new ArrayList<>();
      for (String language : languages) {
        Optional<ModelSpec> model = CoreNlpModels.forLanguage(language.strip().toLowerCase(java.util.Locale.ROOT));
        if (model.isEmpty()) {
          err.println("no model for language '" + language + "'; models exist for "
              + CoreNlpModels.all().stream().map(ModelSpec::language).toList());
          return 2;
        }
        models.add(model.get());
      }
      if (models.isEmpty()) {
        models.addAll(CoreNlpModels.all());
      }
      ModelStore store = options.store();
      int failed = 0;
      for (ModelSpec model : models) {
        try {
          boolean cached = store.cached(model).isPresent() && !force;
          long started = System.nanoTime();
          Path path = force ? store.fetch(model) : store.ensure(model);
          out.printf("%-3s %s %5d MB  %s%n", model.language(), cached ? "cached " : "fetched",
              Files.size(path) >> 20, cached ? path : path + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
        } catch (ModelFetchException e) {
          err.printf("%-3s failed: %s%n", model.language(), e.getMessage());
          failed++;
        }
        out.flush();
      }
      return failed == 0 ? 0 : 1;
    }
  }

  /** {@code newsflow models list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the models, whether each is cached, and its size.")
  static final class ListModels implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ModelOptions options;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ModelStore store = options.store();
      out.println("cache " + store.directory() + ", repository " + store.repository());
      for (ModelSpec model : CoreNlpModels.all()) {
        Optional<Path> cached = store.cached(model);
        out.printf("%-3s %-8s %5s  %s%n", model.language(), cached.isPresent() ? "cached" : "missing",
            cached.isPresent() ? (Files.size(cached.get()) >> 20) + " MB" : "-",
            cached.isPresent() ? cached.get() : store.source(model) + "!/" + model.entry());
      }
      out.flush();
      return 0;
    }
  }
}
