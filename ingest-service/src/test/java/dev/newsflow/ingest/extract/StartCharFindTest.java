package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartCharFindTest {
  /** Alternation in the style of the closing cues: literals, anchored ones, a class, a CJK word. */
  private static final Pattern CUES = Pattern.compile(
      "(?:©|\\(c\\)\\s*\\d{4}|copyright|sign up|log ?in|folg(?:e|t) (?:uns|mir)|版权|关注|"
          + "^(?:foto|credit)\\s*:|^(?:kontakt|tags?)\\b|über den autor|\uD83D\uDCE2)");
  private static final List<String> FRAGMENTS = List.of(
      "©", "(c) 2024", "(c)2024", "(c) 20", "copyright", "copyrigh", "sign up", "sign", "login",
      "log in", "log", "folge uns", "folgt mir", "folg uns", "版权", "版", "关注", "关", "foto:",
      "foto :", "credit:", "kontakt", "kontakte", "tags", "tag", "über den autor", "über", "\uD83D\uDCE2",
      "\uD83D", " ", "a", "ü", "é", "新闻", "x", "\n", "-", "2024", ":", "c", "f", "k", "(");

  private static boolean plain(Pattern p, String text) {
    return p.matcher(text).find();
  }

  @Property(tries = 5000)
  void findsWhatThePlainSearchFinds(@ForAll("texts") String text) {
    assertThat(new StartCharFind(CUES).find(text)).isEqualTo(plain(CUES, text));
  }

  @Property(tries = 2000)
  void findsTheClosingCuesThePlainSearchFinds(@ForAll("texts") String text) {
    Pattern cue = closingCue();
    assertThat(new StartCharFind(cue).find(text)).isEqualTo(plain(cue, text));
  }

  @ParameterizedTest(name = "\"{0}\" holds a cue: {1}")
  @CsvSource(delimiter = '|', value = {
      "copyright 2024 by us | true",
      "we wrote this (c) 2024 | true",
      "foto: dpa | true",
      "the foto: dpa | false",
      "kontakt | true",
      "unser kontakt | false",
      "kontakte | false",
      "请关注我们 | true",
      "新闻报道全文 | false",
      "'' | false"})
  void anchoredAndUnanchoredAlternativesAreFoundWhereTheyMayMatch(String text, boolean found) {
    assertThat(new StartCharFind(CUES).find(text)).isEqualTo(found).isEqualTo(plain(CUES, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'x*'", "'(?:a|b?)'"})
  void aPatternMatchingTheEmptyStringIsSearchedThePlainWay(String regex) {
    Pattern p = Pattern.compile(regex);
    assertThat(new StartCharFind(p).find("")).isTrue();
    assertThat(new StartCharFind(p).find("zzz")).isTrue();
  }

  /** The closing-cue pattern of {@link ArticleEnd}, read by reflection so the test follows its edits. */
  private static Pattern closingCue() {
    try {
      var field = ArticleEnd.class.getDeclaredField("CLOSING_CUE");
      field.setAccessible(true);
      return (Pattern) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> cueWords = List.of("tous droits réservés", "anzeige", "publicité", "síguenos", "二维码",
        "责任编辑", "kategorie", "permalink", "war der artikel", "whatsapp", "latest posts by",
        "quelle:", "crédit photo:", "about the author", "all rights reserved", "免责声明");
    return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.of(cueWords))
        .list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
