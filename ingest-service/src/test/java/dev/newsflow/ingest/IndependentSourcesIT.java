package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.crawl.SimulatedWeb;
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
 * Continuous polling of a slow source beside a fast one: the slow host's long per-host delay
 * holds back only its own source, and the fast source keeps being polled at its interval.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IndependentSourcesIT {
  private static final int SLOW_ARTICLES = 5;
  private static final Duration SLOW_DELAY = Duration.ofMillis(800);

  @Test
  void aSlowSourceDoesNotHoldBackTheOthers(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "independent-it");
    try (SimulatedWeb web = new SimulatedWeb()) {
      SimulatedWeb.Host slow = web.host();
      StringBuilder items = new StringBuilder();
      for (int i = 0; i < SLOW_ARTICLES; i++) {
        slow.page("/story-" + i + ".html", article("Slow story number " + i));
        items.append("<item><title>t</title><link>").append(slow.url("/story-" + i + ".html")).append("</link></item>");
      }
      slow.page("/feed.xml", feed(items.toString()));
      SimulatedWeb.Host fast = web.host();
      fast.page("/feed.xml", feed("<item><title>t</title><link>" + fast.url("/news.html") + "</link></item>"))
          .page("/news.html", article("Fast news of the day"));

      Duration interval = Duration.ofMillis(200);
      SourceConfig slowSource = source("slow", slow, interval, SLOW_DELAY);
      SourceConfig fastSource = source("fast", fast, interval, Duration.ZERO);
      AtomicBoolean stop = new AtomicBoolean();
      try (IngestService ingest = LoopbackIngest.service(topics, "independent-it")) {
        Thread runner = Thread.ofPlatform().start(() -> {
          try {
            ingest.runContinuously(List.of(slowSource, fastSource), interval, stop::get);
          } catch (Exception e) {
            throw new RuntimeException(e);
          }
        });
        await().atMost(Duration.ofSeconds(60))
            .until(() -> slow.paths().contains("/story-" + (SLOW_ARTICLES - 1) + ".html"));
        stop.set(true);
        runner.join(20_000);
        assertThat(runner.isAlive()).isFalse();
      }

      // The slow source's first poll took its feed and five pages 800 ms apart: about 4 s, in
      // which the fast feed, due every 50-200 ms, was polled again and again, not once.
      long slowPollEnd = slow.hits().stream().filter(h -> h.path().startsWith("/story-"))
          .mapToLong(SimulatedWeb.Hit::arrivedNanos).max().orElseThrow();
      long fastPollsMeanwhile = fast.hits().stream()
          .filter(h -> h.path().equals("/feed.xml") && h.arrivedNanos() < slowPollEnd).count();
      assertThat(fastPollsMeanwhile).as("fast feed polls while the slow source's poll ran").isGreaterThanOrEqualTo(4);
      List<Long> storyTimes = slow.hits().stream().filter(h -> h.path().startsWith("/story-"))
          .map(SimulatedWeb.Hit::arrivedNanos).sorted().toList();
      for (int i = 1; i < storyTimes.size(); i++) {
        assertThat(storyTimes.get(i) - storyTimes.get(i - 1)).as("the slow host's delay still holds")
            .isGreaterThanOrEqualTo(SLOW_DELAY.toNanos() * 9 / 10);
      }
      assertThat(fast.paths().stream().filter("/news.html"::equals).count()).isEqualTo(1);
    }
  }

  private static SourceConfig source(String id, SimulatedWeb.Host host, Duration interval, Duration delay) {
    return new SourceConfig(new Source(id, id, "GB"), List.of(host.url("/feed.xml")), List.of(),
        ZoneId.of("Europe/London"), "en", interval, delay, SourceLimits.NONE);
  }

  private static String feed(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>" + items + "</channel></rss>";
  }

  private static String article(String title) {
    return "<html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + "<p>The harbour reopened on Friday morning after three days of closure, the port authority said today.</p>"
        + "<p>Ferries resumed their normal timetable at noon, and the first cargo ships were unloaded by evening.</p>"
        + "</article></body></html>";
  }
}
