package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays a generated CC-NEWS-like archive of 2,000 news pages (plus their request records and a
 * warcinfo record) to a
 * real broker and prints the rate. It asserts what was published, not how fast: the figure is for
 * the reader of the build log.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayThroughputIT {
  private static final int PAGES = 2_000;

  @Test
  void replaysTwoThousandPagesAndReportsTheRate(KafkaBroker broker, @TempDir Path dir) throws Exception {
    TestTopics topics = TestTopics.create(broker, "replay-rate");
    Path warc = dir.resolve("CC-NEWS-20240305000000-00000.warc.gz");
    writeArchive(warc);

    ReplayReport report;
    try (WarcReplayer replayer = new WarcReplayer(
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        new ArticlePublisher(topics.kafka(), topics.names(), "replay-rate"),
        ReplaySource.perHost(),
        ReplaySettings.defaults(dir.resolve("state")),
        Clock.systemUTC(),
        System.out)) {
      report = replayer.replay(List.of(warc));
    }

    System.out.printf("replay throughput: %,d records (%,d pages, %.1f MiB gzip) in %.2f s = %,.0f records/s, "
            + "%,.0f articles/s, %d extraction threads%n",
        report.recordsRead(), PAGES, Files.size(warc) / 1048576.0, report.elapsed().toMillis() / 1000.0,
        report.recordsPerSecond(), report.published() / (report.elapsed().toNanos() / 1e9),
        Runtime.getRuntime().availableProcessors());
    assertThat(report.complete()).isTrue();
    assertThat(report.recordsRead()).isEqualTo(2L * PAGES + 1);
    assertThat(report.published()).isEqualTo(PAGES);
    assertThat(report.failed()).isZero();
    assertThat(WarcReplayerIT.read(topics, topics.names().articles(), PAGES, v -> v)).hasSize(PAGES);
  }

  /** Pages of realistic size (about 20 KB of HTML, a third of it boilerplate) on 50 hosts. */
  private static void writeArchive(Path warc) throws IOException {
    String navigation = "<ul>" + "<li><a href=\"/section\">Section link</a></li>".repeat(60) + "</ul>";
    try (TestWarc out = TestWarc.create(warc)) {
      out.warcinfo();
      for (int i = 0; i < PAGES; i++) {
        String url = "https://outlet-" + (i % 50) + ".example.com/2024/03/05/story-" + i + ".html";
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
          paragraphs.add("Paragraph " + p + " of story " + i + ": the council met on Tuesday to discuss the "
              + "budget, the harbour, the new tram line and the schools, and residents asked questions about "
              + "the timetable, the costs and the works that will close the main road for several weeks.");
        }
        byte[] page = TestWarc.article("Story " + i + " about the council", "en", "utf-8", paragraphs,
            StandardCharsets.UTF_8);
        byte[] html = new String(page, StandardCharsets.UTF_8)
            .replace("<body>", "<body><header>" + navigation + "</header>")
            .getBytes(StandardCharsets.UTF_8);
        out.request(url);
        out.response(url, 200, "text/html; charset=utf-8", html);
      }
    }
  }
}
