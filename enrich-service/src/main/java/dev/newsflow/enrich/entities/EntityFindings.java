package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.EntityCoverage;
import java.util.List;
import java.util.Objects;

/**
 * What the entity engines made of one text: the entities, and whether an engine looked at all.
 *
 * @param entities in order of first mention; empty unless {@code coverage} is {@link EntityCoverage#ENGINE}
 * @param coverage whether an engine ran for the language
 * @param engine the engine that ran or failed to load; null when the language has none
 */
public record EntityFindings(List<Entity> entities, EntityCoverage coverage, String engine) {
  public EntityFindings {
    entities = List.copyOf(entities);
    Objects.requireNonNull(coverage, "coverage");
    if ((coverage == EntityCoverage.UNSUPPORTED) != (engine == null)) {
      throw new IllegalArgumentException("engine " + engine + " does not fit coverage " + coverage);
    }
    if (coverage != EntityCoverage.ENGINE && !entities.isEmpty()) {
      throw new IllegalArgumentException("entities without an engine that ran");
    }
  }

  static EntityFindings unsupported() {
    return new EntityFindings(List.of(), EntityCoverage.UNSUPPORTED, null);
  }

  static EntityFindings failed(String engine) {
    return new EntityFindings(List.of(), EntityCoverage.FAILED, engine);
  }
}
