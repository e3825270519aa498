package dev.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether an article's entity list means "the engine found these" or "nobody looked", so that an
 * empty list is never ambiguous.
 */
public enum EntityCoverage {
  /** An engine for the detected language ran; its findings (possibly none) are the list. */
  @JsonProperty("engine")
  ENGINE,
  /** No engine exists for the detected language (or the language is {@code und}): the list is empty. */
  @JsonProperty("unsupported")
  UNSUPPORTED,
  /** The language has an engine, but it could not be loaded: the list is empty. */
  @JsonProperty("failed")
  FAILED
}
