package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.crawl.SimulatedWeb;
import dev.newsflow.ingest.source.Discovery;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.source.SourceLimits;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Continuous polling against a loopback site: a feed that stops listing anything new is polled
 * less and less often, and a dated sitemap that stays quiet is retired.
 */
@ExtendWith(KafkaBrokerExtension.class)
class AdaptivePollingIT {
  private static final String ARTICLE = """
      <html lang="en"><head><title>Harbour reopens after storm</title>
      <meta property="article:published_time" content="2026-11-20T09:15:00+01:00"></head>
      <body><article><h1>Harbour reopens after storm</h1>
      <p>The harbour reopened on Friday morning after three days of closure, the port authority said.</p>
      <p>Ferries resumed their normal timetable at noon, and the first cargo ships were unloaded by evening.</p>
      </article></body></html>
      """;

  @Test
  void quietFeedSlowsDownAndQuietDatedSitemapRetires(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "adaptive-it");
    try (SimulatedWeb web = new SimulatedWeb()) {
      SimulatedWeb.Host site = web.host();
      site.page("/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
              + "<item><title>t</title><link>" + site.url("/harbour.html") + "</link></item></channel></rss>")
          .page("/sitemap-2026-11.xml", "<?xml version=\"1.0\"?>"
              + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/harbour.html")
              + "</loc></url></urlset>")
          .page("/harbour.html", ARTICLE);
      crawlAndCheck(topics, site);
    }
  }

  private static void crawlAndCheck(TestTopics topics, SimulatedWeb.Host site) throws Exception {
    Duration interval = Duration.ofMillis(200);
    SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
        List.of(site.url("/feed.xml")), List.of(), ZoneId.of("Europe/London"), "en",
        interval, Duration.ZERO, SourceLimits.NONE)
        .withDiscovery(new Discovery(List.of(site.url("/sitemap-2026-11.xml")), false, List.of(), null));

    AtomicBoolean stop = new AtomicBoolean();
    try (IngestService ingest = LoopbackIngest.service(topics, "adaptive-it")) {
      Thread runner = Thread.ofPlatform().start(() -> {
        try {
          ingest.runContinuously(List.of(source), interval, stop::get);
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      // Quiet polls stretch the interval from 160 ms towards 800 ms: about 4 s hold a dozen polls.
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> site.paths().stream().filter("/feed.xml"::equals).count() >= 10);
      stop.set(true);
      runner.join(10_000);
    }

    List<Long> feedTimes = site.hits().stream().filter(h -> h.path().equals("/feed.xml"))
        .map(SimulatedWeb.Hit::arrivedNanos).toList();
    long firstGap = feedTimes.get(2) - feedTimes.get(1);
    long lastGap = feedTimes.get(feedTimes.size() - 1) - feedTimes.get(feedTimes.size() - 2);
    // The first quiet gap is 1.4 x 160 ms; by the tenth poll it has reached the 800 ms bound.
    assertThat(lastGap).as("gap between the last polls vs the first quiet gap")
        .isGreaterThan(2 * firstGap);
    // One poll that listed a new article, six quiet ones, then never again.
    assertThat(site.paths().stream().filter("/sitemap-2026-11.xml"::equals).count()).isEqualTo(7);
    assertThat(site.paths().stream().filter("/harbour.html"::equals).count()).isEqualTo(1);
  }
}
