package dev.newsflow.common.article;

import java.util.Objects;

/**
 * The outlet an article came from, as configured in the source registry.
 *
 * @param id stable source id from the registry, e.g. {@code chinadaily}
 * @param name outlet name as readers know it, e.g. {@code China Daily}; may be null when unknown
 * @param country ISO 3166-1 alpha-2 country code of the outlet, upper case; may be null
 */
public record Source(String id, String name, String country) {
  public Source {
    Objects.requireNonNull(id, "source id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, was: " + country);
    }
  }
}
