package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<CoreLabel> tokens(String text) {
    return PTBTokenizer.factory(new CoreLabelTokenFactory(), "invertible,ptb3Escaping=false").getTokenizer(new StringReader(text)).tokenize();
  }

  private static List<String> pieces(String text, boolean german) {
    return Sentences.split(text, tokens(text), german).stream()
        .map(p -> p.stream().map(CoreLabel::word).collect(Collectors.joining(" ")))
        .toList();
  }

  @Test
  void aLineIsOnePieceAndALineBreakEndsIt() {
    assertThat(pieces("Merkel kam. Dann ging sie.\nObama blieb.", false))
        .containsExactly("Merkel kam . Dann ging sie .", "Obama blieb .");
  }

  @Test
  void aVeryLongLineIsSplitIntoSentencesButNotAtGermanOrdinals() {
    String sentence = "Am 15. Mai kam Merkel nach Berlin. ";
    String text = sentence.repeat(40);

    List<String> pieces = pieces(text, true);

    assertThat(pieces).hasSize(40).allMatch(p -> p.equals("Am 15 . Mai kam Merkel nach Berlin ."));
  }
}
