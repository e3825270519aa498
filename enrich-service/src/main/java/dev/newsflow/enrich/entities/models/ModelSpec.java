package dev.newsflow.enrich.entities.models;

import java.util.Objects;

/**
 * One model file that lives inside a (large) jar in a Maven repository.
 *
 * @param language ISO 639-1 code of the language the model is for
 * @param artifactPath path of the jar relative to the repository root, e.g. {@code
 *     edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-german.jar}
 * @param entry the model's path inside the jar
 * @param cacheName the model's path relative to the cache directory (versioned, so that models
 *     of two releases never overwrite each other)
 */
public record ModelSpec(String language, String artifactPath, String entry, String cacheName) {
  public ModelSpec {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(artifactPath, "artifactPath");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(cacheName, "cacheName");
    if (!language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language must be an ISO 639-1 code, was: " + language);
    }
    if (artifactPath.startsWith("/") || entry.startsWith("/") || cacheName.startsWith("/")
        || cacheName.contains("..") || cacheName.isBlank()) {
      throw new IllegalArgumentException("paths must be relative and stay inside the cache: " + cacheName);
    }
  }
}
