package dev.newsflow.enrich.keywords;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.TraditionalChineseTokenizer;
import dev.newsflow.enrich.chinese.ChineseSegmenter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chinese words found by HanLP's segmenter, nouns only (common, person, place, organisation and
 * other proper nouns, and verbal nouns such as 改革), minus HanLP's stopwords. Traditional text is
 * segmented through HanLP's conversion and its words come back in the original script.
 */
final class ChineseTerms implements Terms {
  private final boolean traditional;
  private final ChineseSegmenter simplified;

  /**
   * @param traditional whether the text is in Traditional characters
   * @param simplified segments simplified text; shared with the Chinese entity engine so that an
   *     article is segmented once for both
   */
  ChineseTerms(boolean traditional, ChineseSegmenter simplified) {
    this.traditional = traditional;
    this.simplified = simplified;
  }

  @Override
  public void split(String text, Consumer<String> term) {
    List<Term> words = traditional ? TraditionalChineseTokenizer.segment(text) : simplified.segment(text);
    for (Term word : words) {
      if (isNoun(word) && !CoreStopWordDictionary.contains(word.word)) {
        term.accept(word.word);
      }
    }
  }

  private static boolean isNoun(Term word) {
    if (word.nature == null) {
      return false;
    }
    String tag = word.nature.toString();
    // n* are nouns (nx: letters and digits, not words), vn verbal nouns.
    return (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("vn");
  }

  @Override
  public int minLength() {
    return 2;
  }
}
