package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.source.Discovery;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.source.SourceLimits;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

  private HttpServer site;
  private final Map<String, byte[]> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private record Request(String path, long nanos) {}

  @BeforeEach
  void startSite() throws Exception {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    site.createContext("/", exchange -> {
      try (exchange) {
        requests.add(new Request(exchange.getRequestURI().getPath(), System.nanoTime()));
        byte[] body = routes.get(exchange.getRequestURI().getPath());
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    site.start();
  }

  @AfterEach
  void stopSite() {
    site.stop(0);
  }

  @Test
  void quietFeedSlowsDownAndQuietDatedSitemapRetires(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "adaptive-it");
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    routes.put("/feed.xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
        + "<item><title>t</title><link>" + base + "/harbour.html</link></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
    routes.put("/sitemap-2026-11.xml", ("<?xml version=\"1.0\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base
        + "/harbour.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
    routes.put("/harbour.html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Duration interval = Duration.ofMillis(200);
    SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
        List.of(URI.create(base + "/feed.xml")), List.of(), ZoneId.of("Europe/London"), "en",
        interval, Duration.ZERO, SourceLimits.NONE)
        .withDiscovery(new Discovery(List.of(URI.create(base + "/sitemap-2026-11.xml")), false, List.of(), null));

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
          .until(() -> requests.stream().filter(r -> r.path().equals("/feed.xml")).count() >= 10);
      stop.set(true);
      runner.join(10_000);
    }

    List<Long> feedTimes = requests.stream().filter(r -> r.path().equals("/feed.xml")).map(Request::nanos).toList();
    long firstGap = feedTimes.get(2) - feedTimes.get(1);
    long lastGap = feedTimes.get(feedTimes.size() - 1) - feedTimes.get(feedTimes.size() - 2);
    // The first quiet gap is 1.4 x 160 ms; by the tenth poll it has reached the 800 ms bound.
    assertThat(lastGap).as("gap between the last polls vs the first quiet gap")
        .isGreaterThan(2 * firstGap);
    // One poll that listed a new article, six quiet ones, then never again.
    assertThat(requests.stream().filter(r -> r.path().equals("/sitemap-2026-11.xml")).count()).isEqualTo(7);
    assertThat(requests.stream().filter(r -> r.path().equals("/harbour.html")).count()).isEqualTo(1);
  }
}
