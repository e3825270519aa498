package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.common.article.Entity.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign personal names written with a middle dot between their parts ("马克·安东尼",
 * "杰弗里·迪恩·摩根"), found on the characters rather than on HanLP's words: the segmenter cuts
 * such names into pieces of any part of speech ("马克/n", "里/f"), so the word-level rule in
 * {@link ChineseEntityRules} misses their outer parts.
 *
 * <p>A part is a run of HanLP's words, up to {@value #MAX_PART} characters, made only of characters
 * that HanLP's dictionary of transliteration characters knows and that are not function words, so
 * the name stops at "由", "被", "了" or a verb before or after it, and at a word such as "助理" that
 * only ends in such a character. A dot with no such part on either side is no name.
 */
final class DottedNames {
  private static final String DOTS = "·•・‧";
  private static final int MAX_PART = 5;

  private DottedNames() {}

  /**
   * {@code mentions} (in text order, disjoint) with each dotted name among {@code terms} as one person
   * in place of the mentions it overlaps.
   */
  static List<EntityMention> apply(List<Term> terms, List<EntityMention> mentions) {
    List<int[]> names = find(terms);
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

  /** The {@code [start, end)} spans of dotted names among {@code terms} (HanLP words with offsets), in order. */
  static List<int[]> find(List<Term> terms) {
    List<int[]> names = new ArrayList<>();
    int k = 0;
    while (k < terms.size()) {
      if (!isDot(terms.get(k))) {
        k++;
        continue;
      }
      int first = partBefore(terms, k);
      int last = partAfter(terms, k);
      if (first == k || last == k) {
        k++;
        continue;
      }
      while (last + 1 < terms.size() && isDot(terms.get(last + 1)) && partAfter(terms, last + 1) > last + 1) {
        last = partAfter(terms, last + 1);
      }
      int start = terms.get(first).offset;
      if (!names.isEmpty() && names.get(names.size() - 1)[1] > start) {
        start = names.remove(names.size() - 1)[0];
      }
      Term end = terms.get(last);
      names.add(new int[] {start, end.offset + end.word.length()});
      k = last + 1;
    }
    return names;
  }

  /** The first term of the name part just before the dot at {@code dot}; {@code dot} when there is none. */
  private static int partBefore(List<Term> terms, int dot) {
    int first = dot;
    int length = 0;
    while (first > 0 && isNamePiece(terms.get(first - 1)) && length + terms.get(first - 1).word.length() <= MAX_PART) {
      length += terms.get(first - 1).word.length();
      first--;
    }
    return first;
  }

  /** The last term of the name part just after the dot at {@code dot}; {@code dot} when there is none. */
  private static int partAfter(List<Term> terms, int dot) {
    int last = dot;
    int length = 0;
    while (last + 1 < terms.size() && isNamePiece(terms.get(last + 1))
        && length + terms.get(last + 1).word.length() <= MAX_PART) {
      length += terms.get(last + 1).word.length();
      last++;
    }
    return last;
  }

  /** A word made only of transliteration characters: a whole word, so "助理" keeps its 理 out of "理科瑞". */
  private static boolean isNamePiece(Term term) {
    if (term.word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < term.word.length(); i++) {
      if (!isNameCharacter(term.word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameCharacter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        && TranslatedPersonDictionary.containsKey(String.valueOf(c))
        && !ChineseWordClasses.isFunctionCharacter(c);
  }

  private static boolean isDot(Term term) {
    return term.word.length() == 1 && DOTS.indexOf(term.word.charAt(0)) >= 0;
  }

  private static EntityMention person(int[] span) {
    return new EntityMention(span[0], span[1], EntityType.PERSON);
  }
}
