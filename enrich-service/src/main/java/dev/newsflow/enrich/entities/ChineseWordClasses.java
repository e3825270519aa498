package dev.newsflow.enrich.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * What HanLP's core dictionary (counts from a tagged news corpus) says about a word or a
 * character: whether it is mostly a common word, a closed-class function word, or could be part
 * of a name. The entity rules use it to reject candidates HanLP's role taggers glued together
 * from ordinary words.
 */
final class ChineseWordClasses {
  /**
   * The copula, existential and modal verbs: the dictionary tags them as plain verbs, but like
   * prepositions they are never part of a two-character personal name in running text.
   */
  private static final String AUXILIARY_VERBS = "是有会能要将可应";
  /** Below this many occurrences the dictionary's counts say nothing about a word. */
  private static final int MIN_EVIDENCE = 5;
  /** A function word this frequent is not a name character in a name HanLP guessed. */
  private static final int MIN_FUNCTION_WORD_COUNT = 100;

  private ChineseWordClasses() {}

  /**
   * Whether {@code word} is in the dictionary often enough and mostly (more than two uses in
   * three) as something other than a proper noun: "现代" (modern, and a car maker), "大陆".
   */
  static boolean mostlyCommonWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null || attribute.totalFrequency < MIN_EVIDENCE) {
      return false;
    }
    int proper = 0;
    for (int i = 0; i < attribute.nature.length; i++) {
      if (isProperNoun(attribute.nature[i].toString())) {
        proper += attribute.frequency[i];
      }
    }
    return proper * 3 < attribute.totalFrequency;
  }

  /**
   * Whether {@code c} is mostly a closed-class function word (preposition, conjunction, adverb,
   * pronoun, structural particle, modal particle) or an auxiliary verb: "于", "在", "是", "都".
   * The bare particle class (之, 所) is left out: 之 is a common character in given names.
   */
  static boolean isFunctionCharacter(char c) {
    if (AUXILIARY_VERBS.indexOf(c) >= 0) {
      return true;
    }
    CoreDictionary.Attribute attribute = CoreDictionary.get(String.valueOf(c));
    if (attribute == null || attribute.nature.length == 0) {
      return false;
    }
    int top = 0;
    for (int i = 1; i < attribute.nature.length; i++) {
      if (attribute.frequency[i] > attribute.frequency[top]) {
        top = i;
      }
    }
    String nature = attribute.nature[top].toString();
    boolean closedClass = nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("d")
        || nature.startsWith("r") || nature.equals("y") || (nature.startsWith("u") && nature.length() > 1);
    return closedClass && attribute.frequency[top] >= MIN_FUNCTION_WORD_COUNT;
  }

  /** Person, place, organisation or other proper noun tags: nr*, ns*, nt*, nz. */
  static boolean isProperNoun(String nature) {
    return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("nz");
  }

  /**
   * Whether a word tagged {@code nature} can carry the name in an organisation's name: a proper
   * noun, an abbreviation (京, 美), Latin letters, or a character the dictionary only knows as a
   * bound morpheme (pieces of transliterations).
   */
  static boolean canCarryAName(Nature nature) {
    String tag = nature == null ? "" : nature.toString();
    return isProperNoun(tag) || tag.equals("j") || tag.equals("nx") || tag.equals("x") || tag.equals("g")
        || tag.equals("ng");
  }

  /**
   * Whether a word tagged {@code nature} is something an organisation name does not start with:
   * numerals and measure words, prepositions, conjunctions, adverbs, pronouns, particles, verbs,
   * directions, times, adjectives and punctuation. HanLP's organisation tagger often takes such a
   * word in with the name that follows ("任 英国文化协会").
   */
  static boolean isLeadingFiller(Nature nature) {
    String tag = nature == null ? "" : nature.toString();
    if (tag.isEmpty()) {
      return false;
    }
    return switch (tag.charAt(0)) {
      case 'm', 'q', 'p', 'c', 'd', 'r', 'u', 'v', 'f', 't', 'b', 'a', 's', 'y', 'e', 'o', 'w' -> true;
      default -> false;
    };
  }
}
