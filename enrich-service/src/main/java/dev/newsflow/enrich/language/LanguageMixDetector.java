package dev.newsflow.enrich.language;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Block;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.article.LanguageShare;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells whether an article is written in more than one language, paragraph by paragraph.
 *
 * <p>Each paragraph long enough to be judged (at least {@code minLetters} letters; a Han, kana or
 * hangul character counts {@value #IDEOGRAPH_WEIGHT} towards that length, as it carries about a
 * word) gets its own language from the detector, with the article's main language as the
 * declared hint so that a near tie between close languages (nb/nn, ms/id, bs/hr) goes to the
 * article's language. Paragraphs the detector is not sure about, tables and preformatted blocks
 * (figures, names, code) are not judged. The article is mixed when a language other than the
 * largest holds at least {@code minShare} of the judged letters.
 *
 * <p>Short paragraphs, a quoted phrase and foreign names inside a paragraph therefore never make
 * an article mixed: they are either not judged or do not change their paragraph's language.
 *
 * <p>Immutable and thread-safe when its detector is.
 */
public final class LanguageMixDetector {
  /**
   * Share of the judged letters a second language needs: a quoted paragraph or an abstract in
   * another language, not one stray paragraph in a long article.
   */
  public static final double DEFAULT_MIN_SHARE = 0.15;
  /**
   * Letters a paragraph needs to be judged: about two lines of prose. The detector is right on
   * some 96% of sentences but only 82% of one- and two-word texts; the errors on a paragraph of
   * a few words are mostly close languages, which is what must not make a monolingual article
   * look mixed.
   */
  public static final int DEFAULT_MIN_LETTERS = 60;
  /** Weight of a Han, kana or hangul letter towards a paragraph's length. */
  static final int IDEOGRAPH_WEIGHT = 3;
  /** Below this confidence a paragraph's language is not counted. */
  static final double MIN_PARAGRAPH_CONFIDENCE = 0.5;

  private final LanguageDetector detector;
  private final int minLetters;
  private final double minShare;

  /**
   * Prior of the article's language on each paragraph, in nats per n-gram order, for {@link
   * #withDefaults(NgramLanguageDetector)}: a paragraph must prove it is in another language.
   * Measured on synthetic articles from dev sentences outside the scoring subset (per language 40
   * monolingual articles of 6 paragraphs of 1-3 sentences, and as many with 1-2 paragraphs of a
   * random other language inserted): with the whole-text prior (1.5) 3.0% of the monolingual
   * articles were called mixed, mostly bs/hr, ms/id and nb/nn; with 12 (and the reading limits
   * below) 1.3%, about half of them sentences of the set that really are in another language;
   * mixed articles found 87.4% and 87.1% (the misses are mostly a second language under 15% or a
   * close one).
   */
  public static final double PARAGRAPH_PRIOR = 12;

  /**
   * Letters of each paragraph read by {@link #withDefaults(NgramLanguageDetector)}: on the same
   * synthetic articles as {@link #PARAGRAPH_PRIOR}, reading 120 instead of 250 finds as many mixed
   * articles and makes no more mistakes, at about two thirds of the cost.
   */
  public static final int PARAGRAPH_LETTERS = 120;
  /**
   * Lead, in nats per order and counting the prior, after which a paragraph is not read further:
   * a paragraph stops as soon as the article's language is 1 nat per order ahead of every other on
   * its own evidence. Found as many mixed articles and made no more mistakes on the synthetic
   * articles than the whole-text margin (20), at about half the cost of the pass.
   */
  public static final double PARAGRAPH_MARGIN = 13;

  /**
   * The mix detector for the service: {@code detector} with the article's language as a strong
   * prior ({@link #PARAGRAPH_PRIOR}), reading the first {@link #PARAGRAPH_LETTERS} letters of each
   * paragraph, default thresholds.
   */
  public static LanguageMixDetector withDefaults(NgramLanguageDetector detector) {
    return new LanguageMixDetector(detector.withReadingLimits(PARAGRAPH_LETTERS, PARAGRAPH_MARGIN).withDeclaredPrior(PARAGRAPH_PRIOR));
  }

  /** A mix detector with the default thresholds. */
  public LanguageMixDetector(LanguageDetector detector) {
    this(detector, DEFAULT_MIN_LETTERS, DEFAULT_MIN_SHARE);
  }

  /**
   * @param detector tells each paragraph's language
   * @param minLetters letters a paragraph needs to be judged, at least 1
   * @param minShare share of the judged letters a second language needs, in (0, 0.5]
   */
  public LanguageMixDetector(LanguageDetector detector, int minLetters, double minShare) {
    this.detector = Objects.requireNonNull(detector, "detector");
    if (minLetters < 1) {
      throw new IllegalArgumentException("minLetters must be at least 1, was " + minLetters);
    }
    if (!(minShare > 0.0 && minShare <= 0.5)) {
      throw new IllegalArgumentException("minShare must be in (0, 0.5], was " + minShare);
    }
    this.minLetters = minLetters;
    this.minShare = minShare;
  }

  /**
   * The languages of {@code article}'s paragraphs (its {@code blocks}, or the blank-line
   * separated paragraphs of its text when it has none), largest share first; empty when the
   * article is not mixed. The title is left out: it is a line, not a paragraph.
   *
   * @param main the language of the whole text, used as the hint for each paragraph
   */
  public List<LanguageShare> mix(Article article, Language main) {
    Objects.requireNonNull(article, "article");
    if (!article.blocks().isEmpty()) {
      return mix(article.blocks(), main);
    }
    List<Block> paragraphs = new ArrayList<>();
    for (String paragraph : article.text().split("\n\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(Block.paragraph(paragraph));
      }
    }
    return mix(paragraphs, main);
  }

  /**
   * The languages of {@code paragraphs}, largest share first; empty when they are not mixed.
   *
   * @param main the language of the whole text (may be {@code und}), the hint for each paragraph
   */
  public List<LanguageShare> mix(List<Block> paragraphs, Language main) {
    Objects.requireNonNull(paragraphs, "paragraphs");
    String hint = main == null || main.code().equals(Language.UNDETERMINED) ? null : main.code();
    List<Block> judged = new ArrayList<>();
    List<Integer> letters = new ArrayList<>();
    for (Block block : paragraphs) {
      if (block.kind() == Block.Kind.TABLE || block.kind() == Block.Kind.PREFORMATTED) {
        continue;
      }
      int[] count = letters(block.text());
      if (count[1] >= minLetters) {
        judged.add(block);
        letters.add(count[0]);
      }
    }
    if (judged.size() < 2) {
      return List.of();
    }
    Map<String, Tally> byTag = new LinkedHashMap<>();
    long total = 0;
    for (int i = 0; i < judged.size(); i++) {
      Language language = detector.detect(judged.get(i).text(), hint);
      if (language.code().equals(Language.UNDETERMINED) || language.confidence() < MIN_PARAGRAPH_CONFIDENCE) {
        continue;
      }
      byTag.computeIfAbsent(language.tag(), t -> new Tally(language)).add(letters.get(i));
      total += letters.get(i);
    }
    if (byTag.size() < 2) {
      return List.of();
    }
    List<Tally> tallies = new ArrayList<>(byTag.values());
    tallies.sort(Comparator.comparingLong((Tally t) -> t.letters).reversed());
    if (tallies.get(1).letters < minShare * total) {
      return List.of();
    }
    List<LanguageShare> shares = new ArrayList<>(tallies.size());
    for (Tally t : tallies) {
      double share = Math.max(0.001, Math.round(1000.0 * t.letters / total) / 1000.0);
      shares.add(new LanguageShare(t.language.code(), t.language.script(), share, t.paragraphs));
    }
    return List.copyOf(shares);
  }

  /** Letters of a paragraph, and its length for the threshold with ideographs weighted. */
  private static int[] letters(String text) {
    int letters = 0;
    int weighted = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        // no Han, kana or hangul below the hangul jamo (U+1100); UnicodeScript.of is a binary search
        weighted += cp >= 0x1100 && isIdeographic(UnicodeScript.of(cp)) ? IDEOGRAPH_WEIGHT : 1;
      }
    }
    return new int[] {letters, weighted};
  }

  private static boolean isIdeographic(UnicodeScript script) {
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
  }

  /** Letters and paragraphs of one language. */
  private static final class Tally {
    final Language language;
    long letters;
    int paragraphs;

    Tally(Language language) {
      this.language = language;
    }

    void add(int n) {
      letters += n;
      paragraphs++;
    }
  }
}
