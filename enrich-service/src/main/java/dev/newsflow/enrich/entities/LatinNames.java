package dev.newsflow.enrich.entities;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in Latin letters inside Chinese text, which HanLP only tags as letters. Two conventions
 * of Chinese writing say what they are:
 *
 * <ul>
 *   <li>the original name in parentheses right after a transcribed one is the same entity:
 *       "安迪（Andy）", "蒙特卡罗（Monte Carlo）";
 *   <li>a Latin name right before a personal title is a person: "Pugh 女士", "Smith先生";
 *   <li>an acronym of three to five capitals standing alone is an organisation ("BBC", "NASA"),
 *       unless it is one of the common technical or business abbreviations ("DNA", "GDP", "CEO").
 * </ul>
 */
final class LatinNames {
  private static final String LATIN_NAME = "\\p{IsLatin}[\\p{IsLatin}\\p{M}.'’\\-]*(?: +\\p{IsLatin}[\\p{IsLatin}\\p{M}.'’\\-]*)*";
  private static final Pattern GLOSS = Pattern.compile("\\G *[（(] *(" + LATIN_NAME + ") *[）)]");
  private static final Pattern BEFORE_TITLE =
      Pattern.compile("(?<![\\p{IsLatin}\\p{M}])(\\p{Lu}[\\p{IsLatin}\\p{M}.'’\\-]*(?: +\\p{Lu}[\\p{IsLatin}\\p{M}.'’\\-]*)*) *(?:先生|女士|小姐|夫人|博士|教授)");

  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{IsLatin}\\p{M}\\d&])\\p{Lu}{3,5}(?![\\p{IsLatin}\\p{M}\\d&])");
  /** Acronyms of things, not organisations, common enough in news to be worth leaving out. */
  private static final Set<String> COMMON_ACRONYMS = Set.of(
      "DNA", "RNA", "GDP", "GNP", "CPI", "CEO", "CFO", "COO", "CTO", "CPU", "GPU", "GPS", "USB", "APP",
      "LED", "LCD", "SUV", "VIP", "MBA", "PDF", "HTML", "HTTP", "URL", "WIFI", "IPO", "ETF", "VAT", "AIDS",
      "HIV", "SARS", "MRI", "ATM", "SIM", "OK", "FAQ");

  private LatinNames() {}

  /** {@code mentions} (in text order, disjoint) plus the Latin names these conventions mark in {@code text}. */
  static List<EntityMention> apply(String text, List<EntityMention> mentions) {
    List<EntityMention> found = new ArrayList<>();
    Matcher gloss = GLOSS.matcher(text);
    for (EntityMention mention : mentions) {
      if (gloss.find(mention.end()) && gloss.start() == mention.end()) {
        found.add(new EntityMention(gloss.start(1), gloss.end(1), mention.type()));
      }
    }
    Matcher titled = BEFORE_TITLE.matcher(text);
    while (titled.find()) {
      found.add(new EntityMention(titled.start(1), titled.end(1), EntityType.PERSON));
    }
    Matcher acronym = ACRONYM.matcher(text);
    while (acronym.find()) {
      if (!COMMON_ACRONYMS.contains(acronym.group())) {
        found.add(new EntityMention(acronym.start(), acronym.end(), EntityType.ORGANIZATION));
      }
    }
    if (found.isEmpty()) {
      return mentions;
    }
    List<EntityMention> all = new ArrayList<>(mentions);
    for (EntityMention candidate : found) {
      if (all.stream().noneMatch(m -> m.start() < candidate.end() && candidate.start() < m.end())) {
        all.add(candidate);
      }
    }
    all.sort(Comparator.comparingInt(EntityMention::start));
    return all;
  }
}
