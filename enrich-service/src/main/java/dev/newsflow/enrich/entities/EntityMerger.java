package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Entity.Mention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the mentions of one text into entities: mentions of the same type whose normalised forms
 * agree are one entity, as are a few well-known abbreviations and their full names, and a
 * one-word person mention joins the single longer person name it starts or ends ("Tang" after
 * "Tang Lan"). When in doubt mentions stay apart: two entities for one thing are a smaller harm
 * than one entity for two things.
 */
final class EntityMerger {
  /**
   * Variants written exactly so (case matters: French "un" is not the "UN"), by type, mapped to
   * the normalised form.
   */
  private static final Map<EntityType, Map<String, String>> ALIASES = Map.of(
      EntityType.LOCATION, aliases(
          List.of("United States", "US", "U.S.", "U.S", "USA", "U.S.A.", "United States of America"),
          List.of("United Kingdom", "UK", "U.K."),
          List.of("United Arab Emirates", "UAE", "U.A.E.")),
      EntityType.ORGANIZATION, aliases(
          List.of("United Nations", "UN", "U.N."),
          List.of("European Union", "EU", "E.U."),
          List.of("North Atlantic Treaty Organization", "NATO", "Nato"),
          List.of("World Health Organization", "WHO")));

  private EntityMerger() {}

  /** Entities in order of first mention; {@code mentions} must point into {@code text}. */
  static List<Entity> merge(String text, List<EntityMention> mentions, String engine) {
    Map<Key, List<EntityMention>> groups = new LinkedHashMap<>();
    Map<Key, String> normalised = new LinkedHashMap<>();
    for (EntityMention mention : mentions) {
      String surface = text.substring(mention.start(), mention.end());
      String form = normalise(surface, mention.type());
      Key key = new Key(mention.type(), form.toLowerCase(Locale.ROOT));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
      normalised.putIfAbsent(key, form);
    }
    joinShortPersonNames(groups);
    List<Entity> entities = new ArrayList<>();
    groups.forEach((key, group) -> {
      group.sort(Comparator.comparingInt(EntityMention::start));
      EntityMention first = group.get(0);
      List<Mention> spans = group.stream().map(m -> new Mention(m.start(), m.end())).toList();
      entities.add(new Entity(
          text.substring(first.start(), first.end()), normalised.get(key), key.type(), spans, spans.size(), engine));
    });
    entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
    return entities;
  }

  /**
   * {@code entities} with {@code further} (another source's entities of the same text) added: one
   * whose type and normalised form an entity in {@code entities} has joins that entity, keeping
   * its engine, so that a name is listed once; the rest are added as they are. In order of first
   * mention.
   */
  static List<Entity> withFurther(List<Entity> entities, List<Entity> further) {
    Map<Key, Entity> byKey = new LinkedHashMap<>();
    for (Entity entity : entities) {
      byKey.put(key(entity), entity);
    }
    for (Entity extra : further) {
      byKey.merge(key(extra), extra, (mine, theirs) -> {
        List<Mention> spans = new ArrayList<>(mine.mentions());
        spans.addAll(theirs.mentions());
        spans.sort(Comparator.comparingInt(Mention::start));
        return new Entity(mine.text(), mine.normalized(), mine.type(), spans, spans.size(), mine.engine());
      });
    }
    List<Entity> all = new ArrayList<>(byKey.values());
    all.sort(Comparator.comparingInt(e -> e.mentions().isEmpty() ? -1 : e.mentions().get(0).start()));
    return all;
  }

  private static Key key(Entity entity) {
    return new Key(entity.type(), entity.normalized().toLowerCase(Locale.ROOT));
  }

  /** NFKC, single spaces, no possessive "'s", and the full name for a known abbreviation. */
  static String normalise(String surface, EntityType type) {
    String form = Normalizer.normalize(surface, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    form = form.replaceFirst("['’]s$", "");
    if (form.isEmpty()) {
      // The contract wants a non-empty normalised form; a mention of only spaces keeps its text.
      return surface;
    }
    return ALIASES.getOrDefault(type, Map.of()).getOrDefault(form, form);
  }

  private static void joinShortPersonNames(Map<Key, List<EntityMention>> groups) {
    List<Key> fullNames = groups.keySet().stream()
        .filter(k -> k.type() == EntityType.PERSON && k.form().contains(" "))
        .toList();
    for (Key single : List.copyOf(groups.keySet())) {
      if (single.type() != EntityType.PERSON || single.form().contains(" ")) {
        continue;
      }
      List<Key> owners = fullNames.stream()
          .filter(full -> full.form().startsWith(single.form() + " ") || full.form().endsWith(" " + single.form()))
          .toList();
      if (owners.size() == 1) {
        groups.get(owners.get(0)).addAll(groups.remove(single));
      }
    }
  }

  /** Each list is a normalised form followed by its variants. */
  @SafeVarargs
  private static Map<String, String> aliases(List<String>... groups) {
    Map<String, String> map = new LinkedHashMap<>();
    for (List<String> group : groups) {
      group.forEach(name -> map.put(name, group.get(0)));
    }
    return Map.copyOf(map);
  }

  private record Key(EntityType type, String form) {}
}
