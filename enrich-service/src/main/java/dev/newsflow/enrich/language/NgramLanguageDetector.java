package dev.newsflow.enrich.language;

import dev.newsflow.common.article.Language;
import dev.newsflow.langid.NgramHash;
import dev.newsflow.langid.NgramModel;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link LanguageDetector} that lets the script decide where it can and otherwise scores the
 * languages of that script with a naive-Bayes character n-gram model ({@link NgramModel}).
 *
 * <ul>
 *   <li>Kana makes the text Japanese, hangul Korean, Han alone Chinese ({@code Hans} or
 *       {@code Hant} by {@link ChineseScript}).
 *   <li>A script that only one known language writes (Greek, Armenian, Thai, Bengali, Sinhala,
 *       ...) decides outright; Ethiopic is scored (Amharic or Tigrinya).
 *   <li>Otherwise every language of the text's main script gets the sum, over each run of letters,
 *       each start position and each n-gram order 1 to 5, of the log-probability of the longest
 *       n-gram up to that order the language knows (a letter it has never seen costs
 *       {@value #UNSEEN_LETTER} nats). The best sum wins; its share of the softmax over the sums
 *       per order is the confidence.
 * </ul>
 *
 * <p>A declared language (the page's {@code lang}) adds a small prior to that language's score:
 * it settles near ties (nb/nn/da, bs/hr, ms/id) and never outweighs a clear difference. A
 * detector made with a larger prior ({@link #withDeclaredPrior(double)}) asks the text to prove
 * another language, as the per-paragraph pass of {@link LanguageMixDetector} does.
 *
 * <p>Only the first {@value #MAX_LETTERS} letters are scored, and scoring stops at the end of a
 * word once the leader, prior included, is {@value #DECIDED_MARGIN} nats (per order) ahead (both
 * can be changed with {@link #withReadingLimits(int, double)}).
 *
 * <p>Immutable and thread-safe. Loading the default model takes one to two seconds and some 135 MB
 * of heap; detection allocates only small per-call arrays.
 */
public final class NgramLanguageDetector implements LanguageDetector {
  /**
   * Below this confidence the answer is {@code und}. Chosen on a held-out part of the dev set (not
   * the scoring subset): it turns about 1% of the short texts, nearly all near-uniform guesses,
   * into {@code und} at a cost of 0.1 points of accuracy; higher values trade more (0.3: 11% und,
   * precision of the rest 89% instead of 82%).
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.1;

  static final double SCRIPT_CONFIDENCE = 0.99;
  static final float UNSEEN_LETTER = -14f;
  static final int MAX_ORDER = 5;
  /** Prior, in nats per n-gram order, of the declared language. */
  public static final double DEFAULT_DECLARED_PRIOR = 1.5;
  /**
   * Letters looked at: past a few sentences more text changes hardly any answer (paragraph
   * accuracy on the scoring subset, which holds all the set's paragraphs, is the same with 250
   * letters as with all) but costs time.
   */
  static final int MAX_LETTERS = 250;
  /**
   * Lead, in nats of one order's evidence, after which the rest of the text is not read: odds of
   * e^20 to one. On the held-out dev texts it changes no accuracy figure (on the scoring subset:
   * one paragraph in 7,854) and nearly doubles the speed on sentences.
   */
  static final double DECIDED_MARGIN = 20;

  /** Scripts only one of our languages writes though the model has no table for them. */
  private static final Map<UnicodeScript, String> SCRIPT_ONLY_LANGUAGES = Map.of(UnicodeScript.SINHALA, "si");

  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

  private final NgramModel model;
  private final double minConfidence;
  private final double declaredPrior;
  private final int maxLetters;
  private final double decidedMargin;
  private final Map<UnicodeScript, int[]> candidatesByScript;
  private final Map<UnicodeScript, String> soleLanguage;
  private final Set<String> languages;

  /** A detector on the default model with the default threshold. */
  public NgramLanguageDetector() {
    this(NgramModel.loadDefault(), DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * @param model n-gram log-probabilities and the main script of each language
   * @param minConfidence confidence (0..1) below which the answer is {@code und}
   */
  public NgramLanguageDetector(NgramModel model, double minConfidence) {
    this(model, minConfidence, DEFAULT_DECLARED_PRIOR);
  }

  /**
   * @param model n-gram log-probabilities and the main script of each language
   * @param minConfidence confidence (0..1) below which the answer is {@code und}
   * @param declaredPrior what the declared language is given ahead of the others, in nats per
   *     n-gram order (the letters' evidence is about that per letter): {@link
   *     #DEFAULT_DECLARED_PRIOR} to settle near ties only, more to make the text prove another
   *     language
   */
  public NgramLanguageDetector(NgramModel model, double minConfidence, double declaredPrior) {
    this(model, minConfidence, declaredPrior, MAX_LETTERS, DECIDED_MARGIN);
  }

  private NgramLanguageDetector(
      NgramModel model, double minConfidence, double declaredPrior, int maxLetters, double decidedMargin) {
    this.model = Objects.requireNonNull(model, "model");
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    // a prior as large as the margin would end the reading before the first word
    if (!(declaredPrior >= 0.0 && declaredPrior < decidedMargin)) {
      throw new IllegalArgumentException(
          "declaredPrior must be in [0, " + decidedMargin + "), was " + declaredPrior);
    }
    if (maxLetters < 1) {
      throw new IllegalArgumentException("maxLetters must be at least 1, was " + maxLetters);
    }
    this.minConfidence = minConfidence;
    this.declaredPrior = declaredPrior;
    this.maxLetters = maxLetters;
    this.decidedMargin = decidedMargin;
    Map<UnicodeScript, List<Integer>> groups = new EnumMap<>(UnicodeScript.class);
    for (int i = 0; i < model.languages().size(); i++) {
      groups.computeIfAbsent(scriptOf(model.scripts().get(i)), s -> new ArrayList<>()).add(i);
    }
    Map<UnicodeScript, int[]> candidates = new EnumMap<>(UnicodeScript.class);
    Map<UnicodeScript, String> sole = new EnumMap<>(SCRIPT_ONLY_LANGUAGES);
    groups.forEach((script, group) -> {
      if (group.size() == 1) {
        sole.put(script, model.languages().get(group.get(0)));
      } else {
        candidates.put(script, group.stream().mapToInt(Integer::intValue).toArray());
      }
    });
    this.candidatesByScript = candidates;
    this.soleLanguage = sole;
    Set<String> known = new TreeSet<>(model.languages());
    known.addAll(SCRIPT_ONLY_LANGUAGES.values());
    known.addAll(List.of("zh", "ja", "ko"));
    this.languages = Set.copyOf(known);
  }

  private static UnicodeScript scriptOf(String name) {
    try {
      return UnicodeScript.valueOf(name);
    } catch (IllegalArgumentException e) {
      return UnicodeScript.UNKNOWN;
    }
  }

  /**
   * This detector, on the same model, with another prior for the declared language (see {@link
   * #NgramLanguageDetector(NgramModel, double, double)}).
   */
  public NgramLanguageDetector withDeclaredPrior(double declaredPrior) {
    return new NgramLanguageDetector(model, minConfidence, declaredPrior, maxLetters, decidedMargin);
  }

  /**
   * This detector, on the same model, reading at most {@code maxLetters} letters of a text
   * (default {@value #MAX_LETTERS}) and stopping once the leader (counting the declared
   * language's prior) is {@code decidedMargin} nats per order ahead (default {@value
   * #DECIDED_MARGIN}): cheaper, and less sure on texts that are hard to tell.
   *
   * @throws IllegalArgumentException when {@code maxLetters} is below 1 or {@code decidedMargin}
   *     is not above the declared prior
   */
  public NgramLanguageDetector withReadingLimits(int maxLetters, double decidedMargin) {
    return new NgramLanguageDetector(model, minConfidence, declaredPrior, maxLetters, decidedMargin);
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  @Override
  public Language detect(String text) {
    return detect(text, null);
  }

  @Override
  public Language detect(String text, String declaredLanguage) {
    if (text == null || text.isEmpty()) {
      return Language.undetermined();
    }
    int[] counts = letterScripts(text);
    if (counts == null) {
      return Language.undetermined();
    }
    if (counts[UnicodeScript.HIRAGANA.ordinal()] > 0 || counts[UnicodeScript.KATAKANA.ordinal()] > 0) {
      return new Language("ja", Script.JAPANESE, SCRIPT_CONFIDENCE);
    }
    if (counts[UnicodeScript.HANGUL.ordinal()] > 0) {
      return new Language("ko", Script.KOREAN, SCRIPT_CONFIDENCE);
    }
    UnicodeScript dominant = SCRIPTS[0];
    for (UnicodeScript candidate : SCRIPTS) {
      if (counts[candidate.ordinal()] > counts[dominant.ordinal()]) {
        dominant = candidate;
      }
    }
    if (dominant == UnicodeScript.HAN) {
      return new Language("zh", ChineseScript.of(text).orElse(Script.SIMPLIFIED_HAN), SCRIPT_CONFIDENCE);
    }
    String script = Script.code(dominant);
    String sole = soleLanguage.get(dominant);
    if (sole != null) {
      return new Language(sole, script, SCRIPT_CONFIDENCE);
    }
    int[] candidates = candidatesByScript.get(dominant);
    if (candidates == null) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    return score(text, candidates, script, declaredLanguage);
  }

  private Language score(String text, int[] candidates, String script, String declaredLanguage) {
    Scoring scoring = new Scoring(model, candidates, decidedMargin);
    // Given before reading, so that reading stops as soon as the text agrees clearly enough.
    int declared = model.languages().indexOf(primaryLanguage(declaredLanguage));
    if (declared >= 0 && scoring.isCandidate[declared]) {
      scoring.scores[declared] += declaredPrior * MAX_ORDER;
    }
    int[] word = new int[64];
    int length = 0;
    int letters = 0;
    for (int i = 0; i <= text.length() && letters < maxLetters; ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        word[length++] = Character.toLowerCase(cp);
        letters++;
      } else if (length > 0) {
        scoring.addWord(word, length);
        length = 0;
        if (scoring.isDecided()) {
          break;
        }
      }
    }
    if (length > 0) {
      scoring.addWord(word, length);
    }
    if (scoring.terms == 0) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    double[] scores = scoring.scores;
    int best = candidates[0];
    for (int c : candidates) {
      if (scores[c] > scores[best]) {
        best = c;
      }
    }
    // the orders look at the same letters, so one order's worth of evidence is the sum / MAX_ORDER
    double total = 0;
    for (int c : candidates) {
      total += Math.exp((scores[c] - scores[best]) / MAX_ORDER);
    }
    double confidence = Math.min(1.0, 1.0 / total);
    if (confidence < minConfidence) {
      return new Language(Language.UNDETERMINED, script, 0.0);
    }
    return new Language(model.languages().get(best), script, confidence);
  }

  /**
   * Scores of one text. For a start position with n-grams up to order {@code levels}, a language
   * earns for each order n the log-probability of the longest n-gram of at most n letters it
   * knows there, {@link #UNSEEN_LETTER} if not even the letter. Only languages that know some
   * n-gram there are touched: every candidate is first credited {@code UNSEEN_LETTER * levels}
   * implicitly (a constant that changes no comparison), and a touched language gets the difference.
   */
  private static final class Scoring {
    final NgramModel model;
    final int[] candidates;
    final double decidedMargin;
    final boolean[] isCandidate;
    final double[] scores;
    final int[] stamp;
    final int[] lastOrder;
    final float[] lastValue;
    final int[] touched;
    int position;
    int terms;

    Scoring(NgramModel model, int[] candidates, double decidedMargin) {
      this.decidedMargin = decidedMargin;
      int n = model.languages().size();
      this.model = model;
      this.candidates = candidates;
      this.isCandidate = new boolean[n];
      for (int c : candidates) {
        isCandidate[c] = true;
      }
      this.scores = new double[n];
      this.stamp = new int[n];
      this.lastOrder = new int[n];
      this.lastValue = new float[n];
      this.touched = new int[n];
    }

    /**
     * Whether the leader is so far ahead that the rest of the text cannot change the answer
     * (unless it switches language, which a single answer cannot tell anyway).
     */
    boolean isDecided() {
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (int c : candidates) {
        double score = scores[c];
        if (score > best) {
          second = best;
          best = score;
        } else if (score > second) {
          second = score;
        }
      }
      return best - second > decidedMargin * MAX_ORDER;
    }

    void addWord(int[] word, int length) {
      for (int start = 0; start < length; start++) {
        int levels = Math.min(MAX_ORDER, length - start);
        position++;
        int touchedCount = 0;
        long state = NgramHash.start();
        for (int order = 1; order <= levels; order++) {
          state = NgramHash.extend(state, word[start + order - 1]);
          int ref = model.find(NgramHash.key(state), order);
          if (ref < 0) {
            // no language has it, so none has a longer n-gram starting with it either
            break;
          }
          int count = model.count(ref);
          for (int e = 0; e < count; e++) {
            int language = model.language(ref, e);
            if (!isCandidate[language]) {
              continue;
            }
            if (stamp[language] != position) {
              stamp[language] = position;
              lastOrder[language] = 1;
              lastValue[language] = UNSEEN_LETTER;
              touched[touchedCount++] = language;
            }
            scores[language] += lastValue[language] * (order - lastOrder[language]);
            lastValue[language] = model.logProbability(ref, e);
            lastOrder[language] = order;
          }
        }
        for (int t = 0; t < touchedCount; t++) {
          int language = touched[t];
          scores[language] += lastValue[language] * (levels + 1 - lastOrder[language]) - UNSEEN_LETTER * levels;
        }
        terms += levels;
      }
    }
  }

  /** The ISO 639-1 part of a BCP 47 tag ({@code en-GB} -> {@code en}, {@code no} -> {@code nb}), or "". */
  static String primaryLanguage(String tag) {
    if (tag == null) {
      return "";
    }
    int end = 0;
    while (end < tag.length() && Character.isLetter(tag.charAt(end))) {
      end++;
    }
    String primary = tag.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    return primary.equals("no") ? "nb" : primary;
  }

  /** Letters per script (by ordinal), COMMON and INHERITED left out; null when there are none. */
  private static int[] letterScripts(String text) {
    int[] counts = new int[SCRIPTS.length];
    boolean any = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        // UnicodeScript.of is a binary search; every letter below U+0250 but the micro sign is Latin
        UnicodeScript script = cp < 0x250 && cp != 0xB5 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
        if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
          counts[script.ordinal()]++;
          any = true;
        }
      }
    }
    return any ? counts : null;
  }
}
