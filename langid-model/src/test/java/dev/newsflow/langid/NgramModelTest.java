package dev.newsflow.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NgramModelTest {

  private static byte[] smallModel() throws IOException {
    NgramModelWriter writer = new NgramModelWriter();
    int en = writer.addLanguage("en", "LATIN");
    int de = writer.addLanguage("de", "LATIN");
    writer.add("t", en, Math.log(0.09));
    writer.add("t", de, Math.log(0.06));
    writer.add("th", en, Math.log(0.3));
    writer.add("sch", de, Math.log(0.8));
    writer.add("straß", de, Math.log(0.5));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toByteArray();
  }

  private static int find(NgramModel model, String ngram) {
    return model.find(NgramHash.of(ngram), ngram.codePointCount(0, ngram.length()));
  }

  @Test
  void readsBackWhatTheWriterWroteWithinOneQuantisationStep() throws IOException {
    NgramModel model = NgramModel.read(new ByteArrayInputStream(smallModel()));

    assertThat(model.languages()).containsExactly("en", "de");
    assertThat(model.scripts()).containsExactly("LATIN", "LATIN");
    assertThat(model.size()).isEqualTo(4);
    int t = find(model, "t");
    assertThat(model.count(t)).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      double expected = Math.log(model.language(t, i) == 0 ? 0.09 : 0.06);
      assertThat((double) model.logProbability(t, i)).isCloseTo(expected, org.assertj.core.data.Offset.offset(NgramModel.STEP));
    }
    int strasse = find(model, "straß");
    assertThat(model.count(strasse)).isEqualTo(1);
    assertThat(model.languages().get(model.language(strasse, 0))).isEqualTo("de");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "tt", "sc", "schw", "stras", "ß"})
  void ngramsNoLanguageHasAreNotFound(String ngram) throws IOException {
    NgramModel model = NgramModel.read(new ByteArrayInputStream(smallModel()));

    assertThat(find(model, ngram)).isEqualTo(-1);
  }

  @Test
  void defaultModelKnowsEnglishTrigramsAndAllLinguaLanguages() {
    NgramModel model = NgramModel.loadDefault();

    assertThat(model.languages()).hasSizeGreaterThanOrEqualTo(78).contains("en", "nn", "om", "ti", "am");
    int the = find(model, "the");
    assertThat(the).isNotNegative();
    boolean english = false;
    for (int i = 0; i < model.count(the); i++) {
      english |= model.languages().get(model.language(the, i)).equals("en");
    }
    assertThat(english).isTrue();
  }

  @Test
  void aMissingResourceFailsWithReasonMissingAndSaysWhereItLooked() {
    assertThatThrownBy(() -> NgramModel.load("/dev/newsflow/langid/no-such-model.bin"))
        .isInstanceOfSatisfying(NgramModelException.class,
            e -> assertThat(e.reason()).isEqualTo(NgramModelException.Reason.MISSING))
        .hasMessageContaining("no-such-model.bin");
  }

  @Test
  void bytesOfSomethingElseAreNotAModel() {
    byte[] text = "{\"language\":\"ENGLISH\",\"ngrams\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(text)))
        .isInstanceOfSatisfying(NgramModelException.class,
            e -> assertThat(e.reason()).isEqualTo(NgramModelException.Reason.NOT_A_MODEL));
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    byte[] model = smallModel();
    ByteBuffer.wrap(model).putInt(Integer.BYTES, NgramModel.FORMAT_VERSION + 1);

    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(model)))
        .isInstanceOfSatisfying(NgramModelException.class,
            e -> assertThat(e.reason()).isEqualTo(NgramModelException.Reason.UNSUPPORTED_VERSION));
  }

  @ParameterizedTest
  @ValueSource(ints = {9, 20, 40, 100})
  void aTruncatedModelIsCorrupt(int keptBytes) throws IOException {
    byte[] model = smallModel();
    byte[] truncated = Arrays.copyOf(model, Math.min(keptBytes, model.length - 1));

    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(truncated)))
        .isInstanceOfSatisfying(NgramModelException.class,
            e -> assertThat(e.reason()).isEqualTo(NgramModelException.Reason.CORRUPT));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1000})
  void postingCountsThatDoNotFitTheTablesAreCorrupt(int firstCount) throws IOException {
    NgramModel intact = NgramModel.read(new ByteArrayInputStream(smallModel()));
    byte[] model = smallModel();
    // the postings end the file: a count per n-gram (4) and one short per entry (5)
    int postings = intact.size() + 5;
    ByteBuffer.wrap(model).putShort(model.length - Short.BYTES * postings, (short) firstCount);

    assertThatThrownBy(() -> NgramModel.read(new ByteArrayInputStream(model)))
        .isInstanceOfSatisfying(NgramModelException.class,
            e -> assertThat(e.reason()).isEqualTo(NgramModelException.Reason.CORRUPT));
  }
}
