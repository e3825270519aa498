package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.Locale;

/** CoreNLP models' answer labels (plain, or IOB-prefixed) as entity types. */
final class CoreNlpLabels {
  private CoreNlpLabels() {}

  /**
   * The type of a label: {@code PERSON}/{@code PER}/{@code PERS} (Spanish AnCora) a person, {@code
   * ORGANIZATION}/{@code ORG} an organisation, {@code LOCATION}/{@code LOC}/{@code LUG}/{@code
   * GPE}/{@code FACILITY} a location, {@code MISC}/{@code OTROS}/{@code DEMONYM} misc; null for
   * the background label and anything else (dates, numbers, titles).
   */
  static EntityType type(String label) {
    if (label == null) {
      return null;
    }
    String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    return switch (bare.toUpperCase(Locale.ROOT)) {
      case "PERSON", "PER", "PERS" -> EntityType.PERSON;
      case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
      case "LOCATION", "LOC", "LUG", "GPE", "FACILITY" -> EntityType.LOCATION;
      case "MISC", "OTROS", "DEMONYM" -> EntityType.MISC;
      default -> null;
    };
  }

  /** Whether an IOB label explicitly starts a new entity ({@code B-X}). */
  static boolean begins(String label) {
    return label != null && label.startsWith("B-");
  }
}
