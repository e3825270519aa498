package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NerDatasetTest {

  @Test
  void readsTheFormatOfTheSharedDatasets() {
    NerSample sample = NerDataset.parse(
        "{\"lang\": \"en\", \"tokens\": [\"It\", \"is\", \"in\", \"Argentina\"], \"tags\": [\"O\", \"O\", \"O\", \"B-LOC\"]}");

    assertThat(sample.lang()).isEqualTo("en");
    assertThat(sample.tokens()).containsExactly("It", "is", "in", "Argentina");
    assertThat(sample.tags()).containsExactly("O", "O", "O", "B-LOC");
    assertThat(sample.text()).isEqualTo("It is in Argentina");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "not json                                                        | bad-json",
      "[1, 2]                                                          | bad-json",
      "{\"lang\": \"en\", \"tokens\": [\"a\"]}                         | missing-field",
      "{\"lang\": \"en\", \"tokens\": \"a\", \"tags\": [\"O\"]}         | bad-json",
      "{\"lang\": \"en\", \"tokens\": [1], \"tags\": [\"O\"]}           | bad-json",
      "{\"lang\": \"eng\", \"tokens\": [\"a\"], \"tags\": [\"O\"]}      | bad-language",
      "{\"lang\": \"en\", \"tokens\": [\"a\", \"b\"], \"tags\": [\"O\"]} | length-mismatch",
      "{\"lang\": \"en\", \"tokens\": [\"a\"], \"tags\": [\"B-GPE\"]}   | bad-tag",
      "{\"lang\": \"en\", \"tokens\": [\"a\"], \"tags\": [\"PER\"]}     | bad-tag",
      "{\"lang\": \"en\", \"tokens\": [\"\"], \"tags\": [\"O\"]}        | empty-token",
  })
  void malformedLinesFailWithAReasonCode(String line, String reason) {
    assertThatThrownBy(() -> NerDataset.parse(line.strip()))
        .isInstanceOfSatisfying(NerDatasetException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void aDirectoryIsReadFileByFileInNameOrderSkippingOtherFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b_de.jsonl"), "{\"lang\":\"de\",\"tokens\":[\"Berlin\"],\"tags\":[\"B-LOC\"]}\n\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a_zh.jsonl"), "{\"lang\":\"zh\",\"tokens\":[\"北京\"],\"tags\":[\"B-LOC\"]}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("README.md"), "# not data", StandardCharsets.UTF_8);

    var datasets = NerDataset.read(dir);

    assertThat(datasets).extracting(NerDataset::name).containsExactly("a_zh", "b_de");
    assertThat(datasets.get(1).samples()).hasSize(1);
  }

  @Test
  void aBadLineIsReportedWithFileAndLineNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.jsonl");
    Files.writeString(file, "{\"lang\":\"de\",\"tokens\":[\"a\"],\"tags\":[\"O\"]}\n{\"lang\":\"de\"}\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> NerDataset.read(file))
        .isInstanceOf(NerDatasetException.class)
        .hasMessageContaining("x.jsonl:2")
        .hasMessageContaining("missing-field");
  }

  @Test
  void aDirectoryWithoutDataIsUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> NerDataset.read(dir))
        .isInstanceOfSatisfying(NerDatasetException.class, e -> assertThat(e.reason()).isEqualTo("unreadable"));
  }
}
