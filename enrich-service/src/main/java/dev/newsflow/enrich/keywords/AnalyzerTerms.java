package dev.newsflow.enrich.keywords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Terms from a Lucene analysis chain (tokenizer, lower-casing, stop filter), optionally keeping
 * only the tokens a part-of-speech test accepts (the nouns of Japanese and Korean). Lucene's
 * analyzers reuse one chain per thread, so one instance serves every stream thread.
 */
final class AnalyzerTerms implements Terms {
  private final Analyzer analyzer;
  private final Predicate<AttributeSource> keep;
  private final int minLength;

  AnalyzerTerms(Analyzer analyzer, Predicate<AttributeSource> keep, int minLength) {
    this.analyzer = analyzer;
    this.keep = keep;
    this.minLength = minLength;
  }

  @Override
  public void split(String text, Consumer<String> term) {
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute chars = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (keep.test(tokens) && hasLetter(chars)) {
          term.accept(Stopwords.normalise(chars.toString()));
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static boolean hasLetter(CharSequence s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  @Override
  public int minLength() {
    return minLength;
  }
}
