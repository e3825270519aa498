package dev.newsflow.langid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the character 1- to 5-grams of a plain-text corpus (one text per line) the way the
 * detector reads text: lower case, within runs of letters. Writes {@code ngram TAB count} lines,
 * sorted, the input of {@link LinguaModelConverter}'s supplementary languages.
 *
 * <p>Usage: {@code NgramCounter CORPUS.txt OUTPUT.tsv}. Run by hand when a supplementary model is
 * rebuilt; the build only reads its output.
 */
public final class NgramCounter {
  static final int MAX_ORDER = 5;

  private NgramCounter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NgramCounter CORPUS.txt OUTPUT.tsv");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      count(line, counts);
    }
    List<String> grams = new ArrayList<>(counts.keySet());
    grams.sort(null);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String gram : grams) {
        out.write(gram + "\t" + counts.get(gram) + "\n");
      }
    }
  }

  static void count(String text, Map<String, Integer> counts) {
    int[] letters = text.codePoints()
        .map(cp -> Character.isLetter(cp) ? Character.toLowerCase(cp) : ' ')
        .toArray();
    for (int start = 0; start < letters.length; start++) {
      for (int end = start + 1; end <= Math.min(letters.length, start + MAX_ORDER); end++) {
        if (letters[end - 1] == ' ') {
          break;
        }
        counts.merge(new String(letters, start, end - start), 1, Integer::sum);
      }
    }
  }
}
