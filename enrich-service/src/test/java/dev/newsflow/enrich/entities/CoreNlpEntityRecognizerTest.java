package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading failures; recognition itself is measured with the real models in EntityEvaluationIT. */
class CoreNlpEntityRecognizerTest {
  @Test
  void aMissingModelFileFailsToLoadWithItsPath(@TempDir Path dir) {
    Path missing = dir.resolve("english.all.3class.distsim.crf.ser.gz");

    assertThatThrownBy(() -> new CoreNlpEntityRecognizer("en", missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aFileThatIsNotAModelFailsToLoad(@TempDir Path dir) throws Exception {
    Path garbage = Files.writeString(dir.resolve("german.distsim.crf.ser.gz"), "not a model");

    assertThatThrownBy(() -> new CoreNlpEntityRecognizer("de", garbage))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot load CoreNLP model");
  }

  @Test
  void aLanguageWithoutATokenizerIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("model.gz"), "x");

    assertThatThrownBy(() -> new CoreNlpEntityRecognizer("it", file)).isInstanceOf(IllegalArgumentException.class);
  }
}
