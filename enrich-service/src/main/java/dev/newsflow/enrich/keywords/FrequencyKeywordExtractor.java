package dev.newsflow.enrich.keywords;

import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Key terms by frequency: the words of title and text that are not stopwords, ranked by how often
 * they occur, a title occurrence counting {@value #TITLE_WEIGHT} times.
 *
 * <p>Words come from the language's own splitting ({@link #LANGUAGES}): stopword lists for
 * alphabetic languages, word segmentation for Chinese (HanLP), Japanese (Kuromoji), Korean (Nori)
 * and Thai, keeping only nouns where a segmenter tags them. Every other language, and {@code und},
 * gets an empty list. Terms are single words, lower-cased where the script has case; no stemming
 * (a keyword must read as a word), no phrases, no corpus statistics (so frequent but uninformative
 * words can still rank high). A language's segmenter is loaded on its first article.
 */
public final class FrequencyKeywordExtractor implements KeywordExtractor {
  /** Languages this extractor covers (ISO 639-1). */
  public static final Set<String> LANGUAGES = KeywordLanguages.CODES;

  static final int TITLE_WEIGHT = 3;
  /** A term must score at least this: once in the title or twice in the text. */
  static final int MIN_SCORE = 2;

  private final int maxKeywords;
  private final KeywordLanguages languages;

  /** An extractor that returns up to {@code maxKeywords} terms. */
  public FrequencyKeywordExtractor(int maxKeywords) {
    this(maxKeywords, new ChineseSegmenter());
  }

  /**
   * Like {@link #FrequencyKeywordExtractor(int)}, segmenting simplified Chinese with {@code
   * chinese}: give it the one the Chinese entity engine uses, so that an article is segmented once
   * for both.
   */
  public FrequencyKeywordExtractor(int maxKeywords, ChineseSegmenter chinese) {
    if (maxKeywords < 0) {
      throw new IllegalArgumentException("maxKeywords must not be negative");
    }
    this.maxKeywords = maxKeywords;
    this.languages = new KeywordLanguages(Objects.requireNonNull(chinese, "chinese"));
  }

  @Override
  public List<String> extract(String title, String text, Language language) {
    Optional<Terms> terms = maxKeywords == 0 ? Optional.empty() : languages.forLanguage(language);
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    count(terms.get(), title, TITLE_WEIGHT, scores);
    count(terms.get(), text, 1, scores);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
    // stable sort: equal scores keep the order of first appearance
    ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    return ranked.stream()
        .filter(e -> e.getValue() >= MIN_SCORE)
        .limit(maxKeywords)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void count(Terms terms, String s, int weight, Map<String, Integer> scores) {
    if (s == null || s.isEmpty()) {
      return;
    }
    terms.split(s, term -> {
      if (term.codePointCount(0, term.length()) >= terms.minLength()) {
        scores.merge(term, weight, Integer::sum);
      }
    });
  }
}
