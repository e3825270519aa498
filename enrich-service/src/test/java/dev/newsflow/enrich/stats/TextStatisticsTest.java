package dev.newsflow.enrich.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.TextStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStatisticsTest {

  @ParameterizedTest(name = "[{0}] -> {1} chars, {2} words")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                          | 0  | 0
      Hello world                                 | 10 | 2
      '  Hello,   world!  '                       | 12 | 2
      Don't stop state-of-the-art work            | 29 | 4
      It costs 3.14 or 10,000 dollars.            | 27 | 6
      'a - b'                                     | 3  | 2
      dogs' toys                                  | 9  | 2
      中文字符                                     | 4  | 4
      中文，字符。                                  | 6  | 4
      コーヒーを飲む                                | 7  | 5
      安倍晋三首相は東京で                          | 10 | 10
      안녕하세요 세계                               | 7  | 7
      ภาษาไทย                                     | 7  | 7
      Apple发布iPhone 15                           | 15 | 5
      2024年3月                                    | 7  | 4
      Привет, мир                                 | 10 | 2
      café au lait                                | 10 | 3
      😀😀 👍                                      | 3  | 0
      """)
  void countsCharactersAsNonWhitespaceCodePointsAndCjkCharactersAsWords(String text, int characters, int words) {
    TextStats stats = TextStatistics.of(text);

    assertThat(stats.characters()).as("characters").isEqualTo(characters);
    assertThat(stats.words()).as("words").isEqualTo(words);
  }

  @Test
  void combiningMarksAreCharactersButStayInsideTheirWord() {
    String decomposed = "e\u0301te\u0301 cafe\u0301";

    TextStats stats = TextStatistics.of(decomposed);

    assertThat(stats.characters()).isEqualTo(10);
    assertThat(stats.words()).isEqualTo(2);
  }

  @Test
  void noBreakAndOtherUnicodeSpacesAreNotCharacters() {
    TextStats stats = TextStatistics.of("a\u00A0b\u2009c\u3000d");

    assertThat(stats.characters()).isEqualTo(4);
    assertThat(stats.words()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0} paragraphs")
  @CsvSource(delimiter = '|', textBlock = """
      0 | ''
      0 | '\\n\\n  \\n'
      1 | 'one line'
      1 | 'two lines\\nof one paragraph'
      2 | 'first\\n\\nsecond'
      3 | 'a\\n\\nb\\n\\n\\n\\nc'
      2 | 'windows\\r\\n\\r\\nline endings'
      2 | 'old mac\\r\\rline endings'
      2 | 'blank line\\n \\t \\nwith spaces'
      2 | 'blank line\\n\\u00A0\\nwith a no-break space'
      2 | '\\n\\nleading and\\n\\ntrailing blank lines\\n\\n'
      """)
  void paragraphsAreBlocksBetweenBlankLines(int paragraphs, String escaped) {
    assertThat(TextStatistics.of(unescape(escaped)).paragraphs()).isEqualTo(paragraphs);
  }

  @ParameterizedTest(name = "{0} -> {1} s")
  @CsvSource({
      "'', 0",
      "word, 1",
      "230 words, 60",
      "460 words, 120",
      "500 han, 60",
      "115 words + 250 han, 60",
  })
  void readingTimeIs230WordsOr500CjkCharactersAMinuteRoundedUp(String text, int seconds) {
    assertThat(TextStatistics.of(sample(text)).readingTimeSeconds()).isEqualTo(seconds);
  }

  @Test
  void nullIsEmpty() {
    assertThat(TextStatistics.of(null)).isEqualTo(new TextStats(0, 0, 0, 0));
  }

  private static String sample(String description) {
    StringBuilder sb = new StringBuilder();
    for (String part : description.split(" \\+ ")) {
      if (part.isEmpty()) {
        continue;
      }
      String[] countAndKind = part.split(" ");
      if (countAndKind.length == 1) {
        sb.append(part);
        continue;
      }
      int count = Integer.parseInt(countAndKind[0]);
      sb.append(countAndKind[1].equals("han") ? "字".repeat(count) : "word ".repeat(count)).append('\n');
    }
    return sb.toString();
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\u00A0", "\u00A0");
  }
}
