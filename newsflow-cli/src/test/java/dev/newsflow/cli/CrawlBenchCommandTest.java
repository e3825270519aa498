package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The crawl benchmark on a tiny simulated web: its counts, not its speed. */
class CrawlBenchCommandTest {
  private static final Duration DELAY = Duration.ofMillis(50);

  private static CommandRun newsflow(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void crawlsEveryPageOfEveryHostOnceAfterItsRobotsTxtAndNeverFasterThanTheDelay() throws Exception {
    CrawlBenchmark.Result result;
    LoopbackWeb web = new LoopbackWeb(5);
    try (web) {
      result = CrawlBenchmark.run(web, new CrawlBenchmark.Settings(DELAY, Duration.ofMinutes(1), 3, 4, 100),
          new PrintWriter(new StringWriter()));
    }

    assertThat(result.requests()).isEqualTo(20);
    assertThat(result.robotsRequests()).isEqualTo(5);
    assertThat(result.pages()).isEqualTo(15);
    assertThat(result.failures()).isEmpty();
    for (int host = 0; host < 5; host++) {
      assertThat(web.requestsAt(host)).as("requests at host %d", host).isEqualTo(4);
    }
    assertThat(result.minGapNanos()).isGreaterThanOrEqualTo(DELAY.toNanos());
    assertThat(result.limit()).isEqualTo(100.0);
    assertThat(result.steadyPerSecond()).isPositive().isLessThanOrEqualTo(result.limit());
    assertThat(result.processCpuNanos()).isPositive().isGreaterThanOrEqualTo(result.webCpuNanos());
  }

  @Test
  void theCommandPrintsTheFrontierFootprintAndTheCrawlFigures() {
    CommandRun run = newsflow("bench", "crawl", "--hosts", "5", "--pages-per-host", "3", "--delay", "50ms",
        "--frontier", "2000", "--concurrency", "4");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("frontier    2000 URLs over 5 hosts: heap ")
        .contains("bytes per queued URL")
        .contains("crawl       5 hosts, delay 50 ms")
        .contains("requests    20 (robots.txt 5, pages fetched 15, failed 0)")
        .contains("politeness limit 100.0 (hosts / delay)")
        .contains("ms per page");
  }

  @Test
  void theFrontierFootprintCountsEveryUrlItQueued() {
    FrontierFootprint footprint = FrontierFootprint.measure(1000, 10,
        i -> URI.create("http://127.77.0." + (1 + i % 10) + ":40000" + LoopbackWeb.articlePath(i / 10)));

    assertThat(footprint.urls()).isEqualTo(1000);
    // Per URL: the path after the authority (78 or 79 bytes here), its length, the origin's index
    // and the handle (1 or 2 bytes): the authority is stored once per host.
    assertThat(footprint.encodedBytesPerUrl()).isEqualTo(83.772);
  }

  @Test
  void theSimulatedWebServesRobotsArticlesAndNotFound() throws Exception {
    FetchSettings d = FetchSettings.defaults();
    try (LoopbackWeb web = new LoopbackWeb(2);
         HttpFetcher fetcher = new HttpFetcher(new FetchSettings(d.userAgent(), d.connectTimeout(),
             d.requestTimeout(), d.maxBodyBytes(), 0, AddressPolicy.allowingLoopback()))) {
      String robots = new String(fetcher.fetch(web.url(1, "/robots.txt")).body(), StandardCharsets.UTF_8);
      String article = new String(fetcher.fetch(web.article(1, 42)).body(), StandardCharsets.UTF_8);

      assertThat(robots).contains("User-agent: *", "Allow: /");
      assertThat(article).contains("<title>Article 42 of host 1</title>");
      assertThat(web.article(1, 42).getHost()).isEqualTo("127.77.0.2");
      assertThatThrownBy(() -> fetcher.fetch(web.url(0, "/missing")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(404));
      assertThat(web.requests()).isEqualTo(3);
    }
  }

  @Test
  void badOptionsAreRefusedWithAMessage() {
    CommandRun run = newsflow("bench", "crawl", "--hosts", "0", "--frontier", "0");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("--hosts must be >= 1");
  }
}
