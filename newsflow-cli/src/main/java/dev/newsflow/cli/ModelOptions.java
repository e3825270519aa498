package dev.newsflow.cli;

import dev.newsflow.enrich.entities.models.ModelStore;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where entity models are cached and fetched from; shared by {@code models} and {@code eval ner}. */
final class ModelOptions {
  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Cache of entity model files (env " + ModelStore.DIRECTORY_ENV + "; default ~/.cache/newsflow/models).")
  Path directory;

  @Option(
      names = "--model-repository",
      paramLabel = "URL",
      description = "Maven repository the model jars are read from, e.g. a mirror (env " + ModelStore.REPOSITORY_ENV
          + "; default Maven Central).")
  URI repository;

  ModelStore store() {
    ModelStore environment = ModelStore.fromEnvironment();
    return new ModelStore(
        directory != null ? directory : environment.directory(),
        repository != null ? repository : environment.repository());
  }
}
