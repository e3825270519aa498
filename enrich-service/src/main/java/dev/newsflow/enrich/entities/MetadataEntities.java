package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entities an article names outside its text: the persons of its byline ({@link Article#authors()}),
 * the outlet its byline names ({@link Article#outlet()}: a wire service on syndicated copy) and
 * the outlet that published it ({@link Article#source()}'s name, else {@link
 * Article#siteName()}). A byline "By Tang Lan ( China Daily)" is a person and an organisation even
 * though the text never names them.
 *
 * <p>They are {@link Entity} records with no mentions (count 0: nothing in the text to point at)
 * and an engine that says where they come from: {@value #AUTHOR_ENGINE} for the byline's persons
 * and outlet, {@value #OUTLET_ENGINE} for the publishing outlet. A name the text also mentions, with the same type and
 * normalised form, stays the text's entity, with its mentions; it is not listed twice.
 */
public final class MetadataEntities {
  /** The engine of an entity taken from the article's byline: its authors and outlet. */
  public static final String AUTHOR_ENGINE = "byline";
  /** The engine of the entity for the outlet that published the article. */
  public static final String OUTLET_ENGINE = "source";

  private MetadataEntities() {}

  /**
   * The byline's persons and the outlet, in that order, followed by {@code fromText} (entities in
   * order of first mention: the byline comes before the text), without the names {@code fromText}
   * already has.
   */
  public static List<Entity> withMetadata(Article article, List<Entity> fromText) {
    Set<String> known = new HashSet<>();
    fromText.forEach(e -> known.add(key(e.type(), e.normalized())));
    List<Entity> entities = new ArrayList<>();
    for (String author : article.authors()) {
      add(entities, known, author, EntityType.PERSON, AUTHOR_ENGINE);
    }
    add(entities, known, article.outlet(), EntityType.ORGANIZATION, AUTHOR_ENGINE);
    add(entities, known, outlet(article), EntityType.ORGANIZATION, OUTLET_ENGINE);
    entities.addAll(fromText);
    return entities;
  }

  private static String outlet(Article article) {
    String name = article.source() == null ? null : article.source().name();
    return name != null && !name.isBlank() ? name : article.siteName();
  }

  private static void add(List<Entity> into, Set<String> known, String name, EntityType type, String engine) {
    if (name == null || name.isBlank()) {
      return;
    }
    String normalised = EntityMerger.normalise(name, type);
    if (known.add(key(type, normalised))) {
      into.add(new Entity(name.strip(), normalised, type, List.of(), 0, engine));
    }
  }

  private static String key(EntityType type, String normalised) {
    return type + "|" + normalised.toLowerCase(Locale.ROOT);
  }
}
