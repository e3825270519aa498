package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichBenchCommandTest {

  private static CommandRun newsflow(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void enrichesArticlesBuiltFromParagraphsAndPrintsTheFigures(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("langid.jsonl");
    Files.writeString(dataset, """
        {"text": "The council met on Tuesday to discuss the budget for the coming year.", "lang": "en", "bucket": "paragraph"}
        {"text": "Members argued about the cost of the new bridge over the river.", "lang": "en", "bucket": "paragraph"}
        {"text": "Le conseil s'est réuni mardi pour discuter du budget de l'année prochaine.", "lang": "fr", "bucket": "paragraph"}
        {"text": "Les membres ont débattu du coût du nouveau pont sur la rivière.", "lang": "fr", "bucket": "paragraph"}
        {"text": "Bonjour", "lang": "fr", "bucket": "short"}
        """, StandardCharsets.UTF_8);

    CommandRun run = newsflow("bench", "enrich", "--dataset", dataset.toString(), "--paragraphs-per-article", "2",
        "--cpu", "100ms", "--entity-languages", "none");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("2 articles of 2 paragraphs; entity engines: none (misc on)");
    assertThat(run.out()).contains("articles (distinct)     2", "articles per CPU-second (one core)", "heap, engines loaded");
  }

  @Test
  void engineHeapLoadsEachLanguagesEngineAloneAndPrintsItsFootprint(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("langid.jsonl");
    Files.writeString(dataset, """
        {"text": "国家统计局今天发布数据，北京和上海的消费价格上涨。", "lang": "zh", "bucket": "paragraph"}
        {"text": "新华社记者在广州报道了这一消息。", "lang": "zh", "bucket": "paragraph"}
        {"text": "Le conseil s'est réuni mardi pour discuter du budget de l'année prochaine.", "lang": "fr", "bucket": "paragraph"}
        """, StandardCharsets.UTF_8);

    CommandRun run = newsflow("bench", "enrich", "--dataset", dataset.toString(), "--paragraphs-per-article", "1",
        "--cpu", "100ms", "--entity-languages", "zh,xx", "--engine-heap");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("entity engine per language")
        .containsPattern("zh +hanlp-zh +\\d+ MB heap +\\d+\\.\\d s load")
        .containsPattern("xx +none +not loaded");
  }

  @Test
  void miscCanBeSwitchedOffAsInEnrich(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("langid.jsonl");
    Files.writeString(dataset, """
        {"text": "The council met on Tuesday to discuss the budget for the coming year.", "lang": "en", "bucket": "paragraph"}
        """, StandardCharsets.UTF_8);

    CommandRun run = newsflow("bench", "enrich", "--dataset", dataset.toString(), "--paragraphs-per-article", "1",
        "--cpu", "50ms", "--entity-languages", "none", "--entity-misc=false");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 articles of 1 paragraphs; entity engines: none (misc off)");
  }

  @Test
  void aMissingDatasetIsAClearError(@TempDir Path dir) {
    CommandRun run = newsflow("bench", "enrich", "--dataset", dir.resolve("nope.jsonl").toString());

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("no such dataset file");
  }
}
