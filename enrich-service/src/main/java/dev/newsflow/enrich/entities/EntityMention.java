package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.Objects;

/**
 * One occurrence of a named entity as an engine reports it, before mentions of the same entity
 * are merged into an {@link dev.newsflow.common.article.Entity}.
 *
 * @param start first UTF-16 offset of the mention in the text given to the engine
 * @param end UTF-16 offset just after the mention
 * @param type what the engine says it is
 */
public record EntityMention(int start, int end, EntityType type) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
