package dev.newsflow.ingest.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  static final String PARAGRAPH_EN =
      "The council voted on Tuesday to extend the tram line, a decision that took three years, "
          + "two public hearings and a great many letters from residents to reach.";
  static final String PARAGRAPH_ZH = "市政府周二决定延长有轨电车线路，这项决定经过三年讨论、两次听证会和大量市民来信才最终作出。";

  @TempDir Path root;

  final ExtractionEvaluation evaluation = new ExtractionEvaluation(
      new ArticleExtractor(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), new PageDecoder()),
      new PageDecoder(),
      ZoneId.of("UTC"));

  static String article(String title, String paragraph, String date) {
    return "<html><head><title>" + title + "</title>"
        + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "</head><body><nav><a href=/>Home</a> <a href=/a>Sport</a></nav><article><h1>" + title
        + "</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article>"
        + "<footer>Share on Facebook. Cookie settings.</footer></body></html>";
  }

  void page(Path set, String id, String html, Charset charset) throws IOException {
    Files.createDirectories(set.resolve("pages"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve("pages").resolve(id + ".html.gz")))) {
      out.write(html.getBytes(charset));
    }
  }

  @Test
  void scoresSnippetSetsBodySetsTitlesDatesAndFailuresPerSetAndLanguage() throws IOException {
    Path snippets = root.resolve("snippets");
    page(snippets, "en-1", article("Tram line extended", PARAGRAPH_EN, "2024-05-07T09:30:00+02:00"), StandardCharsets.UTF_8);
    page(snippets, "de-1", "\u0000\u0001binary", StandardCharsets.ISO_8859_1);
    Files.writeString(snippets.resolve("truth.jsonl"), String.join("\n",
        "{\"id\":\"en-1\",\"url\":\"https://news.example/tram\",\"title\":\"Tram  line extended\",\"lang\":\"en\","
            + "\"with\":[\"" + PARAGRAPH_EN + "\",\"A sentence that is not there.\"],"
            + "\"without\":[\"Share on Facebook\",\"Sport\"],\"meta\":{\"date\":\"2024-05-07\"}}",
        "{\"id\":\"de-1\",\"url\":null,\"title\":\"Nichts\",\"lang\":\"de\",\"with\":[\"Text\"],\"without\":[]}"));

    Path body = root.resolve("body");
    // GBK bytes with no declaration in the page: only the truth's charset says how to read them.
    page(body, "zh-1", "<html><body><div class=content><p>" + PARAGRAPH_ZH + "</p><p>" + PARAGRAPH_ZH
        + "</p></div></body></html>", Charset.forName("GBK"));
    Files.writeString(body.resolve("truth.jsonl"),
        "{\"id\":\"zh-1\",\"url\":\"http://news.example.cn/1\",\"title\":\"电车\",\"lang\":\"zh\",\"charset\":\"gbk\","
            + "\"body\":\"" + PARAGRAPH_ZH + "\\n" + PARAGRAPH_ZH + "\"}\n");

    List<String> seen = new ArrayList<>();
    EvaluationReport report = evaluation.evaluate(root, 0, (r, done, total) -> seen.add(r.id() + " " + done + "/" + total));

    assertThat(seen).containsExactly("zh-1 1/3", "en-1 2/3", "de-1 3/3");
    assertThat(report.sets()).extracting(Figures::set).containsExactly("body", "snippets");

    Figures zh = report.set("body");
    assertThat(zh.tokenPrecision()).isCloseTo(1.0, within(1e-9));
    assertThat(zh.tokenRecall()).isCloseTo(1.0, within(1e-9));
    assertThat(zh.titles()).isEqualTo(1);
    assertThat(zh.titlesCorrect()).isZero();

    Figures all = report.set("snippets");
    assertThat(all.pages()).isEqualTo(2);
    assertThat(all.failures()).isEqualTo(1);
    assertThat(List.of(all.truePositives(), all.falseNegatives(), all.falsePositives(), all.trueNegatives()))
        .containsExactly(1, 2, 0, 2);
    assertThat(all.titles()).isEqualTo(2);
    assertThat(all.titlesCorrect()).isEqualTo(1);
    assertThat(all.days()).isEqualTo(1);
    assertThat(all.daysCorrect()).isEqualTo(1);

    assertThat(report.languages()).extracting(f -> f.set() + "/" + f.language())
        .containsExactly("body/zh", "snippets/de", "snippets/en");
    assertThat(report.table()).contains("snippets", "tokens", "0.500", "1.000");
  }

  @Test
  void limitTakesTheFirstPagesOfEachSet() throws IOException {
    Path set = root.resolve("one");
    page(set, "a", article("A", PARAGRAPH_EN, null), StandardCharsets.UTF_8);
    page(set, "b", article("B", PARAGRAPH_EN, null), StandardCharsets.UTF_8);
    Files.writeString(set.resolve("truth.jsonl"),
        "{\"id\":\"a\",\"lang\":\"en\",\"body\":\"x\"}\n{\"id\":\"b\",\"lang\":\"en\",\"body\":\"x\"}\n");
    assertThat(evaluation.evaluate(set, 1, PageListener.NONE).set("one").pages()).isEqualTo(1);
  }

  @Test
  void aFolderWithoutTruthIsRefused() {
    assertThatThrownBy(() -> evaluation.evaluate(root, 0, PageListener.NONE))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("truth.jsonl");
  }

  @Test
  void aBrokenTruthLineNamesFileAndLine() throws IOException {
    Path set = root.resolve("bad");
    Files.createDirectories(set);
    Files.writeString(set.resolve("truth.jsonl"), "{\"id\":\"a\",\"body\":\"x\"}\n{not json\n");
    assertThatThrownBy(() -> evaluation.evaluate(set, 0, PageListener.NONE))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }
}
