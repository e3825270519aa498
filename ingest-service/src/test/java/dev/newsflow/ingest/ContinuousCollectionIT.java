package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.crawl.SimulatedWeb;
import dev.newsflow.ingest.crawl.SimulatedWeb.Response;
import dev.newsflow.ingest.source.Discovery;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.source.SourceLimits;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Continuous collection over a simulated web of three hosts, for as long as it takes a growing
 * feed to list all its articles (about half a minute): a feed that gains articles while we watch,
 * a slow host with a transient 503 and a redirect, a sitemap host with a redirect loop, pages
 * closed by robots.txt and a binary page. Every behaviour is checked at the end from the sites'
 * own logs and the topics.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ContinuousCollectionIT {
  private static final Duration DELAY = Duration.ofMillis(250);
  private static final int FEED_ARTICLES = 6;

  @Test
  void collectsContinuouslyPolitelyAndPublishesEachArticleOnce(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "continuous-it");
    try (SimulatedWeb web = new SimulatedWeb()) {
      SimulatedWeb.Host news = web.host();
      SimulatedWeb.Host slow = web.host();
      SimulatedWeb.Host maps = web.host();

      // A feed that lists one more article every second poll, up to six, and a private page.
      news.robots("User-agent: *\nDisallow: /private/\n")
          .route("/feed.xml", call -> rss(news, Math.min(1 + call / 2, FEED_ARTICLES), "/private/memo.html"))
          .page("/private/memo.html", article("Private memo"));
      for (int i = 1; i <= FEED_ARTICLES; i++) {
        news.page("/a/" + i + ".html", article("Harbour story number " + i));
      }
      // A slow host: a 503 before its first article, a moved article, an archive among the links.
      slow.answerAfter(100);
      slow.route("/feed.xml", call -> rss(slow, 0, "/b/1.html", "/b/old.html", "/b/chart.zip", "/b/3.html"))
          .route("/b/1.html", call -> call == 1
              ? new Response(503, Map.of("Retry-After", "1"), "")
              : Response.ok(article("Ferry timetable restored")))
          .route("/b/old.html", call -> new Response(301, Map.of("Location", "/b/2.html"), ""))
          .page("/b/2.html", article("Bridge repairs begin in spring"))
          // A zip archive's magic bytes, all ASCII, so that the simulated web's UTF-8 keeps them.
          .route("/b/chart.zip", call -> new Response(200, Map.of("Content-Type", "application/zip"),
              "PK\u0003\u0004" + "\u0000".repeat(200)))
          .page("/b/3.html", article("Cargo volumes recover"));
      // A sitemap host with a redirect loop.
      maps.route("/sitemap.xml", call -> new Response(200, Map.of("Content-Type", "application/xml"),
              "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<url><loc>" + maps.url("/c/1.html") + "</loc></url>"
                  + "<url><loc>" + maps.url("/c/loop-a.html") + "</loc></url></urlset>"))
          .page("/c/1.html", article("Sitemap story about the harbour"))
          .route("/c/loop-a.html", call -> new Response(302, Map.of("Location", "/c/loop-b.html"), ""))
          .route("/c/loop-b.html", call -> new Response(302, Map.of("Location", "/c/loop-a.html"), ""));

      Duration interval = Duration.ofSeconds(1);
      List<SourceConfig> sources = List.of(
          source("news", news.url("/feed.xml"), interval),
          source("slow", slow.url("/feed.xml"), interval),
          new SourceConfig(new Source("maps", "maps", "GB"), List.of(), List.of(), ZoneId.of("Europe/London"), "en",
              interval, DELAY, SourceLimits.NONE,
              new Discovery(List.of(maps.url("/sitemap.xml")), false, List.of(), null)));
      int expectedArticles = FEED_ARTICLES + 3 + 1;

      AtomicBoolean stop = new AtomicBoolean();
      try (IngestService ingest = LoopbackIngest.service(topics, "continuous-it",
          new IngestSettings(DELAY, 1000))) {
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
          try {
            ingest.runContinuously(sources, interval, stop::get);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        await().atMost(Duration.ofMinutes(3))
            .until(() -> ingest.metrics().snapshot().sources().stream().mapToLong(s -> s.published()).sum()
                >= expectedArticles || run.isDone());
        // A few more polls of every feed, to see that nothing is published twice.
        int feedPolls = news.paths().size();
        await().atMost(Duration.ofMinutes(1)).until(() -> news.paths().size() >= feedPolls + 3 || run.isDone());
        stop.set(true);
        run.get();
        assertThat(ingest.metrics().snapshot().source("news").published()).isEqualTo(FEED_ARTICLES);
      }

      List<ConsumerRecord<String, byte[]>> records = topics.read(topics.names().articles(), expectedArticles);
      List<Article> articles = records.stream().map(r -> JsonSerde.article().deserialize("t", r.value())).toList();
      assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
      assertThat(articles).extracting(a -> a.title() + " <- " + a.url()).hasSize(expectedArticles);
      assertThat(articles).extracting(Article::title).contains(
          "Harbour story number 1", "Harbour story number " + FEED_ARTICLES, "Ferry timetable restored",
          "Bridge repairs begin in spring", "Cargo volumes recover", "Sitemap story about the harbour");

      for (SimulatedWeb.Host host : List.of(news, slow, maps)) {
        assertThat(host.maxInFlight()).as("requests in flight at once to %s", host.address).isEqualTo(1);
        assertThat(Duration.ofNanos(host.minGapNanos())).as("shortest gap at %s: %s", host.address, timeline(host))
            .isGreaterThanOrEqualTo(DELAY);
      }
      assertThat(news.paths()).doesNotContain("/private/memo.html");
      assertThat(news.paths().stream().filter("/feed.xml"::equals).count()).isGreaterThanOrEqualTo(10);
      assertThat(slow.paths().stream().filter("/b/1.html"::equals).count()).as("503 then 200").isEqualTo(2);
      // Permanent failures are fetched once and reported once, however many polls follow.
      assertThat(slow.paths().stream().filter("/b/chart.zip"::equals).count()).isEqualTo(1);
      assertThat(maps.paths().stream().filter("/c/loop-a.html"::equals).count()).isEqualTo(1);

      List<DeadLetter> letters = topics.read(topics.names().deadLetter(), 3).stream()
          .map(r -> JsonSerde.deadLetter().deserialize("t", r.value())).toList();
      assertThat(letters).extracting(DeadLetter::reason)
          .containsExactlyInAnyOrder("robots-disallowed", "unsupported-type", "redirect-loop");
    }
  }

  /** The host's requests with the gap before each, for a failure message. */
  private static String timeline(SimulatedWeb.Host host) {
    StringBuilder b = new StringBuilder();
    long previous = 0;
    for (SimulatedWeb.Hit hit : host.hits()) {
      b.append('\n').append(previous == 0 ? "" : (hit.arrivedNanos() - previous) / 1_000_000 + " ms ").append(hit.path());
      previous = hit.arrivedNanos();
    }
    return b.toString();
  }

  private static SourceConfig source(String id, java.net.URI feed, Duration interval) {
    return new SourceConfig(new Source(id, id, "GB"), List.of(feed), List.of(),
        ZoneId.of("Europe/London"), "en", interval, DELAY, SourceLimits.NONE);
  }

  private static Response rss(SimulatedWeb.Host host, int numbered, String... extraPaths) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= numbered; i++) {
      items.append("<item><title>t</title><link>").append(host.url("/a/" + i + ".html")).append("</link></item>");
    }
    for (String path : extraPaths) {
      items.append("<item><title>t</title><link>").append(host.url(path)).append("</link></item>");
    }
    return new Response(200, Map.of("Content-Type", "application/rss+xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>" + items + "</channel></rss>");
  }

  private static String article(String title) {
    return "<html lang=\"en\"><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>" + title + "</h1>"
        + "<p>" + title + ": the port authority said on Friday that work had gone to plan so far.</p>"
        + "<p>Officials expect the remaining steps to be finished before the end of the month.</p>"
        + "</article></body></html>";
  }
}
