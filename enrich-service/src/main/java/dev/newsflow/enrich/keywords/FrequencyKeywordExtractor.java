package dev.newsflow.enrich.keywords;

import dev.newsflow.common.article.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key terms by frequency: the words of title and text that are not stopwords, ranked by how often
 * they occur, a title occurrence counting {@value #TITLE_WEIGHT} times.
 *
 * <p>A deliberately simple first version. It only covers languages with a stopword list (en, fr,
 * de, es) and returns an empty list for every other language, including Chinese, Japanese and
 * Korean, which would need word segmentation rather than counting characters or bigrams. Terms
 * are single words, lower-cased; no stemming, no phrases, no corpus statistics (so frequent but
 * uninformative words can still rank high).
 */
public final class FrequencyKeywordExtractor implements KeywordExtractor {
  /** Languages this extractor covers. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "es");

  static final int TITLE_WEIGHT = 3;
  static final int MIN_TERM_LENGTH = 3;
  /** A term must score at least this: once in the title or twice in the text. */
  static final int MIN_SCORE = 2;

  private final int maxKeywords;
  private final Map<String, Set<String>> stopwords;

  /** An extractor that returns up to {@code maxKeywords} terms. */
  public FrequencyKeywordExtractor(int maxKeywords) {
    if (maxKeywords < 0) {
      throw new IllegalArgumentException("maxKeywords must not be negative");
    }
    this.maxKeywords = maxKeywords;
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    LANGUAGES.forEach(code -> lists.put(code, Stopwords.forLanguage(code)));
    this.stopwords = Map.copyOf(lists);
  }

  @Override
  public List<String> extract(String title, String text, Language language) {
    Set<String> stop = stopwords.get(language.code());
    if (stop == null || maxKeywords == 0) {
      return List.of();
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    count(title, TITLE_WEIGHT, stop, scores);
    count(text, 1, stop, scores);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
    // stable sort: equal scores keep the order of first appearance
    ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    return ranked.stream()
        .filter(e -> e.getValue() >= MIN_SCORE)
        .limit(maxKeywords)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void count(String s, int weight, Set<String> stop, Map<String, Integer> scores) {
    if (s == null) {
      return;
    }
    for (String term : terms(s)) {
      if (term.codePointCount(0, term.length()) >= MIN_TERM_LENGTH && !stop.contains(term)) {
        scores.merge(term, weight, Integer::sum);
      }
    }
  }

  /**
   * Runs of letters (with their combining marks), normalised. Apostrophes split, so the elided
   * {@code l'} and {@code d'} of French fall away as stopwords; digits are not terms.
   */
  static List<String> terms(String s) {
    List<String> terms = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    s.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (Character.isLetter(cp)
          || (current.length() > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK))) {
        current.appendCodePoint(cp);
      } else if (current.length() > 0) {
        terms.add(Stopwords.normalise(current.toString()));
        current.setLength(0);
      }
    });
    if (current.length() > 0) {
      terms.add(Stopwords.normalise(current.toString()));
    }
    return terms;
  }
}
