package dev.newsflow.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our reading of robots.txt files (RFC 9309), as a table of cases. */
class RobotsRulesTest {
  private static final URI ROBOTS = URI.create("https://news.example/robots.txt");

  private final HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults());
  private final RobotsCache cache = new RobotsCache(fetcher,
      new RobotsSettings("newsflow", Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(30), 10), Clock.systemUTC());

  @AfterEach
  void close() {
    fetcher.close();
  }

  private RobotsRules parse(String robotsTxt) {
    return cache.parse(ROBOTS, robotsTxt.replace("|", "\n").getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
  @CsvSource(delimiter = ';', textBlock = """
      User-agent: *|Disallow: /private/                                          ; /private/a      ; false
      User-agent: *|Disallow: /private/                                          ; /public/a       ; true
      User-agent: *|Disallow: /                                                  ; /anything       ; false
      User-agent: *|Disallow:                                                    ; /anything       ; true
      User-agent: *|Disallow: /|Allow: /news/                                    ; /news/2026/a    ; true
      User-agent: *|Allow: /p|Disallow: /                                        ; /page           ; true
      User-agent: *|Disallow: /news/|Allow: /news/world/                         ; /news/world/a   ; true
      User-agent: *|Disallow: /news/|Allow: /news/world/                         ; /news/sport/a   ; false
      User-agent: *|Disallow: /*.pdf$                                            ; /report.pdf     ; false
      User-agent: *|Disallow: /*.pdf$                                            ; /report.pdf.html; true
      User-agent: *|Disallow: /search?                                           ; /search?q=x     ; false
      User-agent: *|Disallow: /|User-agent: newsflow|Allow: /                    ; /a              ; true
      User-agent: *|Allow: /|User-agent: newsflow|Disallow: /                    ; /a              ; false
      User-agent: NewsFlow|Disallow: /                                           ; /a              ; false
      User-agent: newsflowbot|Disallow: /                                        ; /a              ; true
      User-agent: otherbot|Disallow: /                                           ; /a              ; true
      User-agent: *|Disallow: /robots.txt                                        ; /robots.txt     ; true
      garbage line|<html>not robots</html>                                       ; /a              ; true
      """)
  void decidesLikeTheRfc(String robotsTxt, String path, boolean allowed) {
    assertThat(parse(robotsTxt.strip()).allows(URI.create("https://news.example" + path.strip()))).isEqualTo(allowed);
  }

  @Test
  void crawlDelayIsReadInSeconds() {
    assertThat(parse("User-agent: *|Crawl-delay: 5").crawlDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(parse("User-agent: *|Crawl-delay: 0.5").crawlDelay()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void crawlDelayBeyondTheCapIsCutToTheCapNotTurnedIntoDisallowAll() {
    RobotsRules rules = parse("User-agent: *|Crawl-delay: 86400|Disallow: /private/");
    assertThat(rules.crawlDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(rules.allows(URI.create("https://news.example/news/a"))).isTrue();
  }

  @Test
  void noCrawlDelayMeansNone() {
    assertThat(parse("User-agent: *|Disallow: /x").crawlDelay()).isNull();
  }

  @Test
  void unavailableAllowsAndUnreachableDisallowsEverything() {
    URI page = URI.create("https://news.example/a");
    assertThat(RobotsRules.allowAll().allows(page)).isTrue();
    assertThat(RobotsRules.disallowAll().allows(page)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      https://news.example/a/b?c=d,       https://news.example/robots.txt,      https://news.example:443
      http://News.Example:8080/a,         http://News.Example:8080/robots.txt,  http://news.example:8080
      http://user:pw@news.example/a,      http://news.example/robots.txt,       http://news.example:80
      """)
  void robotsTxtIsPerSchemeHostAndPort(String page, String robotsUrl, String key) {
    assertThat(RobotsCache.robotsUrl(URI.create(page))).isEqualTo(URI.create(robotsUrl));
    assertThat(RobotsCache.key(URI.create(page))).isEqualTo(key);
  }
}
