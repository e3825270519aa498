package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.common.article.Block;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.article.LanguageShare;
import dev.newsflow.langid.NgramModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageMixDetectorTest {
  private static final NgramLanguageDetector DETECTOR =
      new NgramLanguageDetector(NgramModel.loadDefault(), NgramLanguageDetector.DEFAULT_MIN_CONFIDENCE);
  private static final LanguageMixDetector MIX = LanguageMixDetector.withDefaults(DETECTOR);

  private static String fixture(String name) {
    try (InputStream in = LanguageMixDetectorTest.class.getResourceAsStream("/mixed-language/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Block> paragraphs(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : text.split("\n\n")) {
      blocks.add(Block.paragraph(paragraph));
    }
    return blocks;
  }

  private static List<LanguageShare> mixOf(List<Block> blocks) {
    String text = String.join("\n\n", blocks.stream().map(Block::text).toList());
    return MIX.mix(blocks, DETECTOR.detect(text));
  }

  @Test
  void englishArticleQuotingAFrenchParagraphIsMixedWithEnglishFirst() {
    List<LanguageShare> mix = mixOf(paragraphs(fixture("en-quoting-fr.txt")));

    assertThat(mix).extracting(LanguageShare::tag, LanguageShare::paragraphs)
        .containsExactly(tuple("en-Latn", 3), tuple("fr-Latn", 1));
    // 170 of the 664 letters are in the quote
    assertThat(mix.get(1).share()).isEqualTo(0.256);
    assertThat(mix.get(0).share() + mix.get(1).share()).isEqualTo(1.0);
  }

  @Test
  void chineseArticleWithAnEnglishAbstractIsMixedAndTheWholeTextStaysChinese() {
    String text = fixture("zh-with-en-abstract.txt");

    assertThat(DETECTOR.detect(text).tag()).isEqualTo("zh-Hans");
    assertThat(mixOf(paragraphs(text))).extracting(LanguageShare::tag, LanguageShare::paragraphs)
        .containsExactly(tuple("zh-Hans", 5), tuple("en-Latn", 1));
  }

  @Test
  void monolingualArticleFullOfForeignNamesAndAShortForeignQuoteIsNotMixed() {
    List<Block> blocks = paragraphs(fixture("en-with-foreign-names.txt"));

    assertThat(mixOf(blocks)).isEmpty();
  }

  @Test
  void shortParagraphsInAnotherLanguageAreNotJudged() {
    List<Block> blocks = List.of(
        Block.paragraph("The minister arrived in Madrid on Monday for two days of talks about the new trade agreement."),
        new Block(Block.Kind.QUOTE, "¡Bienvenidos a España, amigos!"),
        new Block(Block.Kind.HEADING, "Reacciones en Madrid"),
        Block.paragraph("She is expected to meet business leaders and trade unions before returning to London on Wednesday."));

    assertThat(mixOf(blocks)).isEmpty();
  }

  @Test
  void tablesAndPreformattedBlocksAreNotJudged() {
    List<Block> blocks = List.of(
        Block.paragraph("The company published its quarterly results on Thursday, and the shares rose by four percent."),
        new Block(Block.Kind.TABLE, "Umsatz im dritten Quartal | Gewinn vor Steuern | Mitarbeiter in Deutschland und Österreich"),
        new Block(Block.Kind.PREFORMATTED, "Die Zahlen sind vorläufig und wurden von den Wirtschaftsprüfern noch nicht bestätigt."),
        Block.paragraph("Analysts had expected weaker figures because of the slowdown in the European car market."));

    assertThat(mixOf(blocks)).isEmpty();
  }

  @Test
  void aSecondLanguageBelowFifteenPercentOfTheLettersDoesNotMakeItMixed() {
    String english = "The city council approved the new budget on Wednesday evening after a long debate about "
        + "housing, public transport and the renovation of the old market hall in the centre of town.";
    String german = "Der Bürgermeister sagte, die Stadt werde die Pläne sorgfältig prüfen.";
    List<Block> blocks = List.of(
        Block.paragraph(english), Block.paragraph(english), Block.paragraph(english), Block.paragraph(german));

    assertThat(mixOf(blocks)).isEmpty();
  }

  @Test
  void anArticleWithoutBlocksIsSplitAtBlankLines() {
    String text = fixture("en-quoting-fr.txt");
    Language main = DETECTOR.detect(text);

    assertThat(MIX.mix(paragraphs(text), main)).isNotEmpty();
    assertThat(MIX.mix(List.of(Block.paragraph(text.replace("\n\n", " "))), main))
        .as("one paragraph is never mixed").isEmpty();
  }

  /** Paragraphs named by their language, for the rules independent of any model. */
  private static final LanguageDetector BY_FIRST_WORD = text -> switch (text.substring(0, text.indexOf(' '))) {
    case "en" -> new Language("en", "Latn", 0.99);
    case "fr" -> new Language("fr", "Latn", 0.99);
    case "de" -> new Language("de", "Latn", 0.99);
    case "unsure" -> new Language("de", "Latn", 0.3);
    default -> Language.undetermined();
  };

  private static Block letters(String language, int count) {
    return Block.paragraph(language + " " + "x".repeat(count - language.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a second language at 17.5% is mixed        | en:330 fr:70              | en 0.825 1, fr 0.175 1
      just under 15% is not                      | en:350 fr:60              | -
      three languages, all listed                | en:200 fr:120 de:80       | en 0.5 1, fr 0.3 1, de 0.2 1
      paragraphs of one language add up          | en:80 fr:60 en:80 fr:60   | en 0.571 2, fr 0.429 2
      a short paragraph is not judged            | en:100 fr:59              | -
      an undetermined paragraph counts nowhere   | en:200 xx:100 fr:60       | en 0.769 1, fr 0.231 1
      an unsure paragraph counts nowhere         | en:100 unsure:100         | -
      the largest language comes first           | fr:60 en:100              | en 0.625 1, fr 0.375 1
      """)
  void sharesAreLettersOfTheJudgedParagraphs(String name, String paragraphs, String expected) {
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs.split(" ")) {
      String[] parts = p.split(":");
      blocks.add(letters(parts[0], Integer.parseInt(parts[1])));
    }
    LanguageMixDetector mix = new LanguageMixDetector(BY_FIRST_WORD);

    List<String> shares = mix.mix(blocks, Language.undetermined()).stream()
        .map(s -> s.code() + " " + s.share() + " " + s.paragraphs())
        .toList();

    assertThat(shares).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(", ")));
  }

  @Test
  void ideographsWeighThreeTowardsTheLengthAParagraphNeeds() {
    LanguageDetector zhOrEn = text -> text.startsWith("中")
        ? new Language("zh", "Hans", 0.99) : new Language("en", "Latn", 0.99);
    LanguageMixDetector mix = new LanguageMixDetector(zhOrEn);
    Block english = Block.paragraph("e".repeat(100));

    assertThat(mix.mix(List.of(english, Block.paragraph("中".repeat(20))), Language.undetermined()))
        .extracting(LanguageShare::code).containsExactly("en", "zh");
    assertThat(mix.mix(List.of(english, Block.paragraph("中".repeat(19))), Language.undetermined())).isEmpty();
  }

  @Test
  void theArticleLanguageIsTheHintForEachParagraph() {
    List<String> hints = new ArrayList<>();
    LanguageDetector recording = new LanguageDetector() {
      @Override
      public Language detect(String text) {
        return detect(text, null);
      }

      @Override
      public Language detect(String text, String declaredLanguage) {
        hints.add(declaredLanguage);
        return new Language("nb", "Latn", 0.9);
      }
    };
    List<Block> blocks = List.of(letters("a", 80), letters("b", 80));

    new LanguageMixDetector(recording).mix(blocks, new Language("nb", "Latn", 0.8));
    new LanguageMixDetector(recording).mix(blocks, Language.undetermined());

    assertThat(hints).containsExactly("nb", "nb", null, null);
  }

  @Test
  void thresholdsOutsideTheirRangeAreRejected() {
    assertThatThrownBy(() -> new LanguageMixDetector(DETECTOR, 0, 0.15)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageMixDetector(DETECTOR, 60, 0.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageMixDetector(DETECTOR, 60, 0.6)).isInstanceOf(IllegalArgumentException.class);
  }
}
