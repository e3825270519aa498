package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.metrics.CrawlMetrics;
import dev.newsflow.ingest.metrics.PrometheusText;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ingest against a real broker and a real loopback site with good, broken and missing pages. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceIT {
  private static final String ARTICLE = """
      <html lang="en"><head><title>Harbour reopens after storm - Example Times</title>
      <meta property="article:published_time" content="2026-11-20T09:15:00+01:00"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Harbour reopens after storm</h1>
      <p>The harbour reopened on Friday morning after three days of closure, the port authority said.</p>
      <p>Ferries resumed their normal timetable at noon, and the first cargo ships were unloaded by evening.</p>
      <p>Repairs to the northern pier will take until the spring, according to the authority's engineers.</p>
      </article><footer>Copyright Example Times</footer></body></html>
      """;

  private HttpServer site;
  private final Map<String, byte[]> routes = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void startSite() throws Exception {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    site.createContext("/", exchange -> {
      try (exchange) {
        requested.add(exchange.getRequestURI().getPath());
        byte[] body = routes.get(exchange.getRequestURI().getPath());
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", exchange.getRequestURI().getPath().endsWith(".xml")
            ? "application/rss+xml"
            : exchange.getRequestURI().getPath().endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
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
  void publishesArticlesDeadLettersFailuresAndSkipsWhatItAlreadyPublished(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "ingest-it");
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    routes.put("/feed.xml", rss(base + "/harbour.html", base + "/missing.html", base + "/empty.html").getBytes(StandardCharsets.UTF_8));
    routes.put("/harbour.html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    routes.put("/empty.html", "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8));
    routes.put("/broken-feed.xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8));
    SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
        List.of(URI.create(base + "/feed.xml"), URI.create(base + "/broken-feed.xml")), List.of(),
        ZoneId.of("Europe/London"), "en");

    try (IngestService ingest = LoopbackIngest.service(topics, "ingest-it")) {
      PollReport first = ingest.poll(source);
      assertThat(first).isEqualTo(new PollReport(3, 1, 0, 3));
      // Second pass: the published page and the two permanent failures are not fetched again;
      // the broken feed is polled again and fails again.
      PollReport second = ingest.poll(source);
      assertThat(second).isEqualTo(new PollReport(3, 0, 3, 1));

      CrawlMetrics.Snapshot metrics = ingest.metrics().snapshot();
      String host = "127.0.0.1:" + site.getAddress().getPort();
      // Both feeds twice, the article and the empty page once; the missing page once.
      assertThat(metrics.fetches(host, CrawlMetrics.OK)).isEqualTo(6);
      assertThat(metrics.fetches(host, "http-status")).isEqualTo(1);
      CrawlMetrics.SourceCounts counts = metrics.source("example");
      assertThat(counts.discovered()).isEqualTo(3);
      assertThat(counts.lastDiscovery()).isNotNull();
      assertThat(counts.published()).isEqualTo(1);
      assertThat(counts.duplicatesSkipped()).isEqualTo(1);
      assertThat(counts.publicationToPublish().count()).isEqualTo(1);
      assertThat(PrometheusText.format(metrics))
          .contains("newsflow_ingest_published_total{source=\"example\"} 1");
    }

    List<ConsumerRecord<String, byte[]>> articles = topics.read(topics.names().articles(), 1);
    Article article = JsonSerde.article().deserialize("t", articles.get(0).value());
    assertThat(articles.get(0).key()).isEqualTo(article.id());
    assertThat(article.title()).isEqualTo("Harbour reopens after storm");
    assertThat(article.published()).hasToString("2026-11-20T09:15+01:00");
    assertThat(article.text()).startsWith("The harbour reopened").doesNotContain("Copyright", "Home");

    List<DeadLetter> letters = topics.read(topics.names().deadLetter(), 4).stream()
        .map(r -> JsonSerde.deadLetter().deserialize("t", r.value()))
        .toList();
    assertThat(letters).extracting(DeadLetter::stage, DeadLetter::reason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("ingest.discover", "malformed-xml"),
        org.assertj.core.groups.Tuple.tuple("ingest.fetch", "http-status"),
        org.assertj.core.groups.Tuple.tuple("ingest.extract", "no-content"),
        org.assertj.core.groups.Tuple.tuple("ingest.discover", "malformed-xml"));
  }

  @Test
  void pageDisallowedByRobotsTxtIsNotFetchedAndBecomesOneDeadLetter(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "ingest-robots-it");
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    routes.put("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
    routes.put("/feed.xml", rss(base + "/harbour.html", base + "/private/memo.html").getBytes(StandardCharsets.UTF_8));
    routes.put("/harbour.html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    routes.put("/private/memo.html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
        List.of(URI.create(base + "/feed.xml")), List.of(), ZoneId.of("Europe/London"), "en");

    try (IngestService ingest = LoopbackIngest.service(topics, "ingest-it")) {
      assertThat(ingest.poll(source)).isEqualTo(new PollReport(2, 1, 0, 1, 1));
      // Refused for good: not asked again, not reported again.
      assertThat(ingest.poll(source)).isEqualTo(new PollReport(2, 0, 2, 0, 0));
    }

    assertThat(requested).doesNotContain("/private/memo.html").containsOnlyOnce("/robots.txt");
    List<DeadLetter> letters = topics.read(topics.names().deadLetter(), 1).stream()
        .map(r -> JsonSerde.deadLetter().deserialize("t", r.value()))
        .toList();
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(letter.stage()).isEqualTo("ingest.fetch");
      assertThat(letter.reason()).isEqualTo("robots-disallowed");
      assertThat(letter.url()).isEqualTo(base + "/private/memo.html");
    });
  }

  private static String rss(String... links) {
    StringBuilder items = new StringBuilder();
    for (String link : links) {
      items.append("<item><title>t</title><link>").append(link).append("</link></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>" + items + "</channel></rss>";
  }
}
