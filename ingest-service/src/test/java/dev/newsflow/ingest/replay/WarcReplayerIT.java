package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.TestDocuments;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Replay of generated WARC archives to a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class WarcReplayerIT {
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  @Test
  void publishesTheArticlesOfEveryCharsetAndDeadLettersPagesWithoutOne(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    TestTopics topics = TestTopics.create(broker, "replay-mixed");
    Path warc = dir.resolve("CC-NEWS-20240305101530-00000.warc.gz");
    TestWarc.Mixed mixed = TestWarc.writeMixed(warc);

    ReplayReport report;
    try (WarcReplayer replayer = replayer(topics, dir.resolve("state"), 2)) {
      report = replayer.replay(List.of(dir));
    }

    assertThat(report.complete()).isTrue();
    assertThat(report.recordsRead()).isEqualTo(mixed.records());
    assertThat(report.published()).isEqualTo(5);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.skippedByReason()).isEqualTo(Map.of(
        "warcinfo", 1L, "request", 1L, "unsupported-type", 1L, "http-status", 2L, "revisit", 1L));
    assertThat(progressText()).contains("12 records read, 5 articles published, 6 skipped, 1 failed");

    List<Article> articles = read(topics, topics.names().articles(), 5, v -> JsonSerde.article().deserialize("t", v));
    assertThat(articles).extracting(Article::url).containsExactlyInAnyOrderElementsOf(mixed.articleUrls());
    assertThat(articles).extracting(a -> a.source().id(), Article::title).containsExactlyInAnyOrder(
        tuple("news.example.org", "Harbour reopens after storm"),
        tuple("www.xinwen.example.cn", "高铁新线今日开通运营"),
        tuple("quotidien.example.fr", "Les navettes électriques arrivent à Lyon"),
        tuple("shimbun.example.jp", "東京で桜の開花を発表"),
        tuple("news.example.org", "Council approves new budget"));
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.fetchedAt()).isEqualTo(TestWarc.CAPTURED);
      assertThat(a.source().name()).isNull();
      assertThat(a.text()).doesNotContain("\uFFFD", "Copyright", "Home");
    });
    assertThat(articles).filteredOn(a -> a.url().contains("quotidien")).singleElement()
        .satisfies(a -> assertThat(a.text()).contains("déclarés satisfaits"));

    List<DeadLetter> letters = read(topics, topics.names().deadLetter(), 1, v -> JsonSerde.deadLetter().deserialize("t", v));
    assertThat(letters).extracting(DeadLetter::stage, DeadLetter::reason, DeadLetter::url)
        .containsExactly(tuple(WarcReplayer.STAGE, "no-content", "https://news.example.org/"));
  }

  @Test
  void pressReleasesArchivedAsPdfBecomeArticlesLikePages(KafkaBroker broker, @TempDir Path dir) throws Exception {
    TestTopics topics = TestTopics.create(broker, "replay-pdf");
    Path warc = dir.resolve("press.warc.gz");
    byte[] pdf = TestDocuments.pdf("Port authority reports record traffic", "Press Office", null,
        List.of("The port handled more containers in March than in any month before.",
            "Night shifts will continue until the end of the summer."), Optional.empty());
    try (TestWarc archive = TestWarc.create(warc)) {
      archive.response("https://news.example.org/press/traffic.pdf", 200, "application/pdf", pdf);
      archive.response("https://news.example.org/press/chart.png", 200, "image/png", new byte[] {(byte) 0x89, 'P'});
    }

    ReplayReport report;
    try (WarcReplayer replayer = replayer(topics, dir.resolve("state"), 1)) {
      report = replayer.replay(List.of(warc));
    }

    assertThat(report.published()).isEqualTo(1);
    assertThat(report.skippedByReason()).isEqualTo(Map.of("unsupported-type", 1L));
    Article article = read(topics, topics.names().articles(), 1, v -> JsonSerde.article().deserialize("t", v)).get(0);
    assertThat(article.url()).isEqualTo("https://news.example.org/press/traffic.pdf");
    assertThat(article.title()).isEqualTo("Port authority reports record traffic");
    assertThat(article.text()).isEqualTo("The port handled more containers in March than in any month before."
        + "\n\nNight shifts will continue until the end of the summer.");
  }

  /** The three ways WARC files are stored; resuming must work for each. */
  enum Storage {
    /** One gzip member per record, as Common Crawl writes them: resume seeks. */
    GZIP_PER_RECORD("archive.warc.gz"),
    /** Uncompressed: resume seeks. */
    PLAIN("archive.warc"),
    /** Compressed as a whole: resume cannot seek and reads up to the checkpoint instead. */
    GZIP_WHOLE_FILE("whole.warc.gz");

    final String fileName;

    Storage(String fileName) {
      this.fileName = fileName;
    }
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void resumingAfterAStoppedRunPublishesEveryArticleExactlyOnce(Storage storage, KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    TestTopics topics = TestTopics.create(broker, "replay-resume");
    int pages = 40;
    Path warc = writeNumbered(dir, storage, pages);
    Path state = dir.resolve("state");

    AtomicInteger checks = new AtomicInteger();
    ReplayReport first;
    try (WarcReplayer replayer = replayer(topics, state, 2)) {
      first = replayer.replay(List.of(warc), () -> checks.incrementAndGet() > 30, a -> {});
    }
    assertThat(first.complete()).isFalse();
    assertThat(first.recordsRead()).isBetween(20L, 30L);
    assertThat(first.published()).isBetween(10L, 15L);

    ReplayReport second;
    try (WarcReplayer replayer = replayer(topics, state, 1)) {
      second = replayer.replay(List.of(warc));
    }
    assertThat(second.complete()).isTrue();
    assertThat(first.recordsRead() + second.recordsRead()).isEqualTo(2L * pages);
    assertThat(first.published() + second.published()).isEqualTo(pages);

    ReplayReport third;
    try (WarcReplayer replayer = replayer(topics, state, 1)) {
      third = replayer.replay(List.of(warc));
    }
    assertThat(third.recordsRead()).isZero();
    assertThat(progressText()).contains("was replayed before: skipped");

    List<String> ids = read(topics, topics.names().articles(), pages, v -> JsonSerde.article().deserialize("t", v))
        .stream().map(Article::id).toList();
    assertThat(ids).hasSize(pages).doesNotHaveDuplicates();
  }

  @Test
  void truncatedArchiveKeepsWhatCouldBeReadAndIsDeadLetteredAsAWhole(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    TestTopics topics = TestTopics.create(broker, "replay-truncated");
    Path whole = writeNumbered(dir, Storage.GZIP_PER_RECORD, 10);
    Path truncated = dir.resolve("truncated.warc.gz");
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));

    ReplayReport report;
    try (WarcReplayer replayer = replayer(topics, dir.resolve("state"), 1)) {
      report = replayer.replay(List.of(truncated));
    }

    assertThat(report.complete()).isFalse();
    assertThat(report.published()).isBetween(5L, 9L);
    List<DeadLetter> letters = read(topics, topics.names().deadLetter(), 1, v -> JsonSerde.deadLetter().deserialize("t", v));
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(letter.reason()).isEqualTo("malformed-warc");
      assertThat(letter.url()).isEqualTo(truncated.toUri().toString());
    });
    assertThat(read(topics, topics.names().articles(), (int) report.published(), v -> v)).hasSize((int) report.published());
  }

  /** A request and a response per page, as crawlers write them. */
  static Path writeNumbered(Path dir, Storage storage, int pages) throws IOException {
    Path plain = dir.resolve(storage == Storage.GZIP_WHOLE_FILE ? "whole.warc" : storage.fileName);
    try (TestWarc warc = TestWarc.create(plain)) {
      for (int i = 0; i < pages; i++) {
        String url = "https://news.example.org/2024/03/story-" + i + ".html";
        warc.request(url);
        warc.response(url, 200, "text/html; charset=utf-8", TestWarc.article("Story number " + i, "en", "utf-8",
            List.of("This is the story number " + i + " of the day, told in a few plain sentences for the test.",
                "Its second paragraph adds detail number " + i + ", so that the extractor sees a real article.",
                "The third paragraph closes story " + i + " with a quote from a spokesperson of the harbour."),
            StandardCharsets.UTF_8), Instant.parse("2024-03-05T10:00:00Z").plusSeconds(i));
      }
    }
    if (storage != Storage.GZIP_WHOLE_FILE) {
      return plain;
    }
    Path gz = dir.resolve(storage.fileName);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    Files.delete(plain);
    return gz;
  }

  private WarcReplayer replayer(TestTopics topics, Path state, int threads) {
    ReplaySettings defaults = ReplaySettings.defaults(state);
    ReplaySettings settings = new ReplaySettings(state, defaults.maxBodyBytes(), 8, defaults.maxInFlightBytes(),
        threads, Duration.ofSeconds(5));
    return new WarcReplayer(
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        new ArticlePublisher(topics.kafka(), topics.names(), "replay-it"),
        ReplaySource.perHost(),
        settings,
        Clock.systemUTC(),
        new PrintStream(progress, true, StandardCharsets.UTF_8));
  }

  private String progressText() {
    return progress.toString(StandardCharsets.UTF_8);
  }

  static <T> List<T> read(TestTopics topics, String topic, int atLeast, Function<byte[], T> parse) {
    return topics.read(topic, atLeast).stream().map(record -> parse.apply(record.value())).toList();
  }
}
