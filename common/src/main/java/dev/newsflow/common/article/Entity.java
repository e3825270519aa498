package dev.newsflow.common.article;

import java.util.List;
import java.util.Objects;

/**
 * A named entity found in an article's text.
 *
 * @param text the entity as first written in the text
 * @param normalized a normalised form that merges variants (e.g. "US" and "United States")
 * @param type what the entity is
 * @param mentions where it occurs: UTF-16 offsets into {@link Article#text()}, in order; empty for
 *     an entity the article names only outside its text (a byline's author, the outlet)
 * @param count number of mentions
 * @param engine the engine that found it, e.g. {@code corenlp-en}; {@code byline} for an author
 *     and {@code source} for the outlet, taken from the article's metadata
 */
public record Entity(
    String text, String normalized, EntityType type, List<Mention> mentions, int count, String engine) {

  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    normalized = normalized == null ? text : normalized;
    if (count != mentions.size()) {
      throw new IllegalArgumentException("count " + count + " != mentions " + mentions.size());
    }
  }

  /** Entity types analysts facet on. */
  public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
  }

  /** A half-open span {@code [start, end)} of UTF-16 offsets into the article text. */
  public record Mention(int start, int end) {
    public Mention {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }
}
