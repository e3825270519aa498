package dev.newsflow.enrich.keywords;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs of letters (with their combining marks), lower-cased, minus a stopword list. Apostrophes
 * split, so the elided {@code l'} and {@code d'} of French fall away as stopwords; digits are not
 * terms. Used with the project's own lists for English, French, German and Spanish.
 */
final class LetterRunTerms implements Terms {
  private final Set<String> stopwords;

  LetterRunTerms(Set<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords);
  }

  @Override
  public void split(String text, Consumer<String> term) {
    StringBuilder current = new StringBuilder();
    text.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (Character.isLetter(cp)
          || (current.length() > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK))) {
        current.appendCodePoint(cp);
      } else if (current.length() > 0) {
        emit(current, term);
      }
    });
    emit(current, term);
  }

  private void emit(StringBuilder word, Consumer<String> term) {
    if (word.isEmpty()) {
      return;
    }
    String normalised = Stopwords.normalise(word.toString());
    word.setLength(0);
    if (!stopwords.contains(normalised)) {
      term.accept(normalised);
    }
  }

  @Override
  public int minLength() {
    return 3;
  }
}
