package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LangIdDatasetTest {
  private static final String TWO_LINES = """
      {"text": "Exhibitors are also responsible", "lang": "en", "bucket": "sentence", "kind": "sentence"}

      {"text": "Haus", "lang": "de", "bucket": "short", "extra": 1}
      """;

  private static List<LangIdSample> read(String content, int limit) throws IOException {
    return LangIdDataset.read(new BufferedReader(new StringReader(content)), limit);
  }

  @Test
  void readsOneSamplePerLineSkippingBlankLinesAndTakingTheBucketAsKindWhenAbsent() throws IOException {
    assertThat(read(TWO_LINES, 0)).containsExactly(
        new LangIdSample("Exhibitors are also responsible", "en", "sentence", "sentence"),
        new LangIdSample("Haus", "de", "short", "short"));
  }

  @Test
  void limitStopsReadingEarly() throws IOException {
    assertThat(read(TWO_LINES + "not json at all\n", 2)).hasSize(2);
    assertThat(read(TWO_LINES, 1)).hasSize(1);
  }

  @Test
  void readsGzipWhenTheNameEndsInGz(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("set.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(TWO_LINES.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(LangIdDataset.read(file, 0)).extracting(LangIdSample::lang).containsExactly("en", "de");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"text": "x", "lang": "en"                        | MALFORMED_LINE
      {"text": "x", "lang": "en"}                       | MISSING_FIELD
      {"text": 5, "lang": "en", "bucket": "short"}      | MISSING_FIELD
      [1, 2, 3]                                         | MALFORMED_LINE
      "just a string"                                   | MALFORMED_LINE
      {"text": "x", "lang": "en", "bucket": "short"     | MALFORMED_LINE
      """)
  void malformedLinesAreRejectedWithTheirReasonAndLineNumber(String line, DatasetException.Reason reason) {
    String content = "{\"text\": \"ok\", \"lang\": \"en\", \"bucket\": \"short\"}\n" + line + "\n";
    assertThatThrownBy(() -> read(content, 0))
        .isInstanceOfSatisfying(DatasetException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.reason()).isEqualTo(reason);
        });
  }

  @Test
  void aMissingOrNonGzipFileIsUnreadable(@TempDir Path dir) throws IOException {
    Path notGzip = dir.resolve("plain.jsonl.gz");
    Files.writeString(notGzip, TWO_LINES);
    assertThatThrownBy(() -> LangIdDataset.read(notGzip, 0))
        .isInstanceOfSatisfying(DatasetException.class,
            e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.UNREADABLE));
    assertThatThrownBy(() -> LangIdDataset.read(dir.resolve("absent.jsonl"), 0))
        .isInstanceOfSatisfying(DatasetException.class,
            e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.UNREADABLE));
  }
}
