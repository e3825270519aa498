package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.discover.ArticlePatterns;
import dev.newsflow.ingest.source.Discovery;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discovery beyond feeds against two loopback hosts: a sitemap index with a Google News sitemap,
 * a plain sitemap, an old archive and a broken sitemap; a robots.txt with a Sitemap line and a
 * Disallow; a section page with article, navigation and off-site links.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DiscoveryIT {
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private Host site;
  private Host elsewhere;

  /** One web host on its own loopback address, logging every request as host + path. */
  private final class Host {
    final HttpServer server;
    final Map<String, String> routes = new ConcurrentHashMap<>();

    Host(String address) throws Exception {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 16);
      server.createContext("/", exchange -> {
        try (exchange) {
          String path = exchange.getRequestURI().getPath();
          requested.add(address + path);
          String body = routes.get(path);
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
          }
          exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/xml"
              : path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
        }
      });
      server.start();
    }

    String base() {
      return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    String host() {
      return server.getAddress().getAddress().getHostAddress();
    }
  }

  @BeforeEach
  void startHosts() throws Exception {
    site = new Host("127.0.0.31");
    elsewhere = new Host("127.0.0.32");
  }

  @AfterEach
  void stopHosts() {
    site.server.stop(0);
    elsewhere.server.stop(0);
  }

  @Test
  void publishesExactlyTheDiscoveredArticlesEachFetchedOnce(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "discovery-it");
    String base = site.base();
    String recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    site.routes.put("/robots.txt", "User-agent: *\nDisallow: /private/\n\nSitemap: " + base + "/robots-sitemap.xml\n");
    site.routes.put("/sitemap-index.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>BASE/sitemaps/archive-2019.xml</loc><lastmod>2019-12-31</lastmod></sitemap>
          <sitemap><loc>BASE/sitemaps/news.xml</loc><lastmod>RECENT</lastmod></sitemap>
          <sitemap><loc>BASE/sitemaps/pages.xml</loc></sitemap>
          <sitemap><loc>BASE/sitemaps/broken.xml</loc></sitemap>
        </sitemapindex>""".replace("BASE", base).replace("RECENT", recent));
    site.routes.put("/sitemaps/news.xml", """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>BASE/news/2026/11/29/harbour-reopens-after-storm</loc><news:news>
            <news:publication><news:name>Example Times</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2026-11-29T09:15:00+01:00</news:publication_date>
            <news:title>Harbour reopens after storm</news:title></news:news></url>
          <url><loc>BASE/news/2026/11/29/ferries-resume-normal-timetable</loc><news:news>
            <news:publication_date>2026-11-29T10:00:00+01:00</news:publication_date>
            <news:title>Ferries resume</news:title></news:news></url>
        </urlset>""".replace("BASE", base));
    site.routes.put("/sitemaps/pages.xml", """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>BASE/world/markets-rally-as-rates-fall-again</loc><lastmod>RECENT</lastmod></url>
          <url><loc>BASE/world/an-old-story-nobody-needs-again</loc><lastmod>2025-01-01</lastmod></url>
          <url><loc>BASE/news/2026/11/29/harbour-reopens-after-storm</loc><lastmod>RECENT</lastmod></url>
        </urlset>""".replace("BASE", base).replace("RECENT", recent));
    site.routes.put("/sitemaps/broken.xml", "<urlset><url><loc>");
    site.routes.put("/robots-sitemap.xml", """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>BASE/culture/festival-opens-with-record-crowds</loc></url>
          <url><loc>BASE/private/memo-on-budget-cuts-next-year</loc></url>
        </urlset>""".replace("BASE", base));
    site.routes.put("/world/", """
        <html><body><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/tag/storms">Storms</a>
        <a href="/author/jane-doe-and-john-smith-reporters">Jane Doe</a> <a href="/about">About</a></nav>
        <a href="/news/2026/11/29/harbour-reopens-after-storm?utm_source=section#top">Harbour</a>
        <a href="/world/2026/11/29/bridge-closed-for-repairs">Bridge</a>
        <a href="ELSEWHERE/world/2026/11/29/someone-elses-story">Elsewhere</a>
        </body></html>""".replace("ELSEWHERE", elsewhere.base()));
    site.routes.put("/news/2026/11/29/harbour-reopens-after-storm", article("Harbour reopens after storm", "harbour"));
    site.routes.put("/news/2026/11/29/ferries-resume-normal-timetable", article("Ferries resume their timetable", "ferries"));
    site.routes.put("/world/markets-rally-as-rates-fall-again", article("Markets rally as rates fall", "markets"));
    site.routes.put("/world/an-old-story-nobody-needs-again", article("An old story", "archive"));
    site.routes.put("/culture/festival-opens-with-record-crowds", article("Festival opens with record crowds", "festival"));
    site.routes.put("/private/memo-on-budget-cuts-next-year", article("Budget memo", "memo"));
    site.routes.put("/world/2026/11/29/bridge-closed-for-repairs", article("Bridge closed for repairs", "bridge"));
    elsewhere.routes.put("/world/2026/11/29/someone-elses-story", article("Someone else's story", "elsewhere"));

    SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"), List.of(), List.of(),
        ZoneId.of("Europe/London"), "en", null, null, null,
        new Discovery(List.of(URI.create(base + "/sitemap-index.xml")), true,
            List.of(URI.create(base + "/world/"), URI.create(base + "/missing-section/")), ArticlePatterns.NONE));

    try (IngestService ingest = LoopbackIngest.service(topics, "discovery-it")) {
      assertThat(ingest.poll(source)).isEqualTo(new PollReport(6, 5, 0, 3, 1));
      // Second pass: the sitemaps and the section page are read again, no article page is.
      assertThat(ingest.poll(source)).isEqualTo(new PollReport(6, 0, 6, 2, 0));
    }

    List<Article> articles = topics.read(topics.names().articles(), 5).stream()
        .map(r -> JsonSerde.article().deserialize("t", r.value())).toList();
    assertThat(articles).extracting(Article::title).containsExactlyInAnyOrder(
        "Harbour reopens after storm", "Ferries resume their timetable", "Markets rally as rates fall",
        "Festival opens with record crowds", "Bridge closed for repairs");
    Article harbour = articles.stream().filter(a -> a.title().startsWith("Harbour")).findFirst().orElseThrow();
    assertThat(harbour.published()).as("the Google News date when the page shows none").hasToString("2026-11-29T09:15+01:00");

    String host = site.host();
    List<String> articlePages = requested.stream()
        .filter(r -> r.matches(".*/(news|world|culture|private)/.+") && !r.endsWith("/world/")).toList();
    assertThat(articlePages).doesNotHaveDuplicates().containsExactlyInAnyOrder(
        host + "/news/2026/11/29/harbour-reopens-after-storm",
        host + "/news/2026/11/29/ferries-resume-normal-timetable",
        host + "/world/markets-rally-as-rates-fall-again",
        host + "/culture/festival-opens-with-record-crowds",
        host + "/world/2026/11/29/bridge-closed-for-repairs");
    assertThat(requested).containsOnlyOnce(host + "/robots.txt")
        .doesNotContain(host + "/sitemaps/archive-2019.xml", host + "/tag/storms", host + "/about")
        .noneMatch(r -> r.startsWith(elsewhere.host()));
    assertThat(requested.stream().filter(r -> r.equals(host + "/sitemaps/news.xml"))).as("once per poll").hasSize(2);

    List<DeadLetter> letters = topics.read(topics.names().deadLetter(), 5).stream()
        .map(r -> JsonSerde.deadLetter().deserialize("t", r.value())).toList();
    assertThat(letters).extracting(DeadLetter::stage, DeadLetter::reason, DeadLetter::url).containsExactlyInAnyOrder(
        tuple("ingest.fetch", "robots-disallowed", base + "/private/memo-on-budget-cuts-next-year"),
        tuple("ingest.discover", "malformed-xml", base + "/sitemaps/broken.xml"),
        tuple("ingest.discover", "http-status", base + "/missing-section/"),
        tuple("ingest.discover", "malformed-xml", base + "/sitemaps/broken.xml"),
        tuple("ingest.discover", "http-status", base + "/missing-section/"));
  }

  private static String article(String title, String word) {
    return """
        <html lang="en"><head><title>TITLE - Example Times</title></head>
        <body><nav><a href="/">Home</a></nav><article><h1>TITLE</h1>
        <p>The WORD story begins on Friday morning after three days of waiting, the authority said.</p>
        <p>Officials described the WORD situation at length, and the first reactions came by evening.</p>
        <p>More on the WORD matter will follow until the spring, according to people who follow it.</p>
        </article></body></html>
        """.replace("TITLE", title).replace("WORD", word);
  }
}
