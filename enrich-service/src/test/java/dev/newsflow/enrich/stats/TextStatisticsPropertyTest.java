package dev.newsflow.enrich.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.TextStats;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class TextStatisticsPropertyTest {

  @Property
  void countsAreNeverNegativeAndStayWithinTheText(@ForAll("texts") String text) {
    TextStats stats = TextStatistics.of(text);

    assertThat(stats.characters()).isBetween(0, text.codePointCount(0, text.length()));
    assertThat(stats.words()).isBetween(0, stats.characters());
    assertThat(stats.paragraphs()).isGreaterThanOrEqualTo(0);
    assertThat(stats.readingTimeSeconds()).isGreaterThanOrEqualTo(0);
  }

  @Property
  void paragraphsNeverOutnumberTheBlocksBetweenBlankLines(@ForAll("texts") String text) {
    String[] lines = text.split("\\R", -1);
    long blankLines = Arrays.stream(lines).filter(line -> line.codePoints().allMatch(TextStatistics::isSpace)).count();

    int paragraphs = TextStatistics.of(text).paragraphs();

    assertThat((long) paragraphs).isLessThanOrEqualTo(blankLines + 1).isLessThanOrEqualTo(lines.length);
  }

  @Property
  void textWithoutCharactersHasNoParagraphsWordsOrReadingTime(@ForAll("texts") String text) {
    TextStats stats = TextStatistics.of(text);

    assertThat(stats.characters() == 0).isEqualTo(stats.paragraphs() == 0);
    if (stats.words() == 0) {
      assertThat(stats.readingTimeSeconds()).isZero();
    } else {
      assertThat(stats.readingTimeSeconds()).isPositive();
    }
  }

  @Property
  void joiningTextsWithABlankLineAddsTheirCounts(@ForAll("texts") String a, @ForAll("texts") String b) {
    TextStats first = TextStatistics.of(a);
    TextStats second = TextStatistics.of(b);

    TextStats joined = TextStatistics.of(a + "\n\n" + b);

    assertThat(joined.characters()).isEqualTo(first.characters() + second.characters());
    assertThat(joined.words()).isEqualTo(first.words() + second.words());
    assertThat(joined.paragraphs()).isEqualTo(first.paragraphs() + second.paragraphs());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> newsLike = Arbitraries.strings()
        .withChars("abcXYZ019 '’-.,!\n\r\t\u00A0\u2009\u3000")
        .withCharRange('\u4e00', '\u4e10')
        .withChars("あアーン々한국ภาษั\u0301\u0E31")
        .ofMaxLength(200);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(100);
    return Arbitraries.frequencyOf(
        Tuple.of(4, newsLike),
        Tuple.of(1, anything));
  }
}
