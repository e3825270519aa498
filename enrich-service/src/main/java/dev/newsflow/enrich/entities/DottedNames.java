package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign personal names written with a middle dot between their parts ("马克·安东尼",
 * "杰弗里·迪恩·摩根"), found on the characters rather than on HanLP's words: the segmenter cuts
 * such names into pieces of any part of speech ("马克/n", "里/f"), so the word-level rule in
 * {@link ChineseEntityRules} misses their outer parts.
 *
 * <p>A part is a run of up to {@value #MAX_PART} characters that HanLP's dictionary of
 * transliteration characters knows and that are not function words, so the name stops at "由",
 * "被", "了" or a verb before or after it. A dot with no such part on either side is no name.
 */
final class DottedNames {
  private static final String DOTS = "·•・‧";
  private static final int MAX_PART = 5;

  private DottedNames() {}

  /**
   * {@code mentions} (in text order, disjoint) with each dotted name in {@code text} as one person
   * in place of the mentions it overlaps.
   */
  static List<EntityMention> apply(String text, List<EntityMention> mentions) {
    List<int[]> names = find(text);
    if (names.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>();
    int n = 0;
    for (EntityMention mention : mentions) {
      while (n < names.size() && names.get(n)[1] <= mention.start()) {
        out.add(person(names.get(n++)));
      }
      boolean overlapsName = n < names.size() && names.get(n)[0] < mention.end();
      if (!overlapsName) {
        out.add(mention);
      }
    }
    while (n < names.size()) {
      out.add(person(names.get(n++)));
    }
    return out;
  }

  /** The {@code [start, end)} spans of dotted names in {@code text}, in order. */
  static List<int[]> find(String text) {
    List<int[]> names = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isDot(text.charAt(i))) {
        i++;
        continue;
      }
      int start = partBefore(text, i);
      int end = partAfter(text, i + 1);
      if (start == i || end == i + 1) {
        i++;
        continue;
      }
      while (end < text.length() && isDot(text.charAt(end)) && partAfter(text, end + 1) > end + 1) {
        end = partAfter(text, end + 1);
      }
      if (!names.isEmpty() && names.get(names.size() - 1)[1] > start) {
        start = names.remove(names.size() - 1)[0];
      }
      names.add(new int[] {start, end});
      i = end;
    }
    return names;
  }

  private static int partBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && dot - start < MAX_PART && isNameCharacter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static int partAfter(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < MAX_PART && isNameCharacter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isNameCharacter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        && TranslatedPersonDictionary.containsKey(String.valueOf(c))
        && !ChineseWordClasses.isFunctionCharacter(c);
  }

  private static boolean isDot(char c) {
    return DOTS.indexOf(c) >= 0;
  }

  private static EntityMention person(int[] span) {
    return new EntityMention(span[0], span[1], EntityType.PERSON);
  }
}
