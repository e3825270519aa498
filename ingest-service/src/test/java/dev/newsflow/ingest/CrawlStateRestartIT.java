package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.ConditionalSite.Hit;
import dev.newsflow.ingest.crawl.RetryPolicy;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restarted ingest instance (new objects, same topics and group) rebuilds its crawl state from
 * the crawl-state topic: it publishes nothing again, asks the site only for changes, and
 * republishes a changed article as an update under the same id.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CrawlStateRestartIT {
  private static final String[] HARBOUR = {
      "The harbour reopened on Friday morning after three days of closure, the port authority said.",
      "Ferries resumed their normal timetable at noon, and the first cargo ships were unloaded by evening.",
      "Repairs to the northern pier will take until the spring, according to the authority's engineers."};
  private static final String[] COUNCIL = {
      "The city council approved the new budget on Tuesday evening after a debate of four hours.",
      "Spending on schools rises by six percent, while the road maintenance fund stays the same as last year.",
      "The opposition voted against it, saying the plan relies on optimistic forecasts of tax revenue."};
  private static final String[] MARKET = {
      "The old covered market opens again on Saturday after a renovation that took almost two years.",
      "Forty traders have signed leases, most of them selling fresh produce, cheese and bread from the region.",
      "The architects kept the iron roof of 1887 and added glass walls that let in the morning light."};

  @Test
  void restartedInstancePublishesNothingTwiceAsksOnlyForChangesAndRepublishesAChangedArticleUnderItsId(
      KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "restart-it");
    String group = topics.runId() + "-ingest";
    // Articles are rechecked on every pass, so that the second instance asks for all of them.
    IngestSettings settings = new IngestSettings(Duration.ZERO, 1000).withRecheckAfter(Duration.ZERO);
    try (ConditionalSite site = new ConditionalSite("127.0.0.1")) {
      site.article("/harbour.html", "Harbour reopens after storm", HARBOUR)
          .article("/council.html", "Council passes budget", COUNCIL)
          .article("/market.html", "Covered market reopens", MARKET)
          .feed("/feed.xml", items("Council passes budget"));
      SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
          List.of(site.url("/feed.xml")), List.of(), ZoneId.of("Europe/London"), "en");

      try (IngestService first = LoopbackIngest.withKafkaState(topics, group, "first", settings)) {
        assertThat(first.poll(source).published()).isEqualTo(3);
      }

      // While no instance runs, one article is corrected (and its feed item with it).
      site.article("/council.html", "Council passes budget", COUNCIL[0], COUNCIL[1],
          "The opposition voted against it. A correction: the vote was 31 to 20, not 31 to 12.");
      site.feed("/feed.xml", items("Council passes budget (corrected)"));
      site.forgetHits();

      try (IngestService second = LoopbackIngest.withKafkaState(topics, group, "second", settings)) {
        PollReport afterRestart = second.poll(source);
        assertThat(afterRestart.published()).as("only the corrected article").isEqualTo(1);
        assertThat(afterRestart.skipped()).isEqualTo(2);
        assertThat(site.hits("/feed.xml")).singleElement().satisfies(hit -> {
          assertThat(hit.ifNoneMatch()).as("the feed's ETag from before the restart").isNotNull();
          assertThat(hit.status()).isEqualTo(200);
        });
        for (String unchanged : List.of("/harbour.html", "/market.html")) {
          assertThat(site.hits(unchanged)).as(unchanged).singleElement().satisfies(hit -> {
            assertThat(hit.ifNoneMatch()).isNotNull();
            assertThat(hit.status()).isEqualTo(304);
          });
        }
        assertThat(site.hits("/council.html")).singleElement().satisfies(hit -> {
          assertThat(hit.ifNoneMatch()).as("the ETag of the old version").isNotNull();
          assertThat(hit.status()).isEqualTo(200);
        });

        site.forgetHits();
        PollReport unchanged = second.poll(source);
        assertThat(unchanged.published()).isZero();
        assertThat(site.pageHits()).as("an unchanged feed lists nothing to fetch")
            .extracting(Hit::path, Hit::status).containsExactly(org.assertj.core.groups.Tuple.tuple("/feed.xml", 304));
      }
    }

    List<Article> articles = topics.read(topics.names().articles(), 4).stream()
        .map(r -> JsonSerde.article().deserialize("t", r.value()))
        .toList();
    assertThat(articles).hasSize(4);
    Map<String, List<Article>> byTitle = articles.stream().collect(Collectors.groupingBy(Article::title));
    assertThat(byTitle.get("Harbour reopens after storm")).hasSize(1);
    assertThat(byTitle.get("Covered market reopens")).hasSize(1);
    List<Article> council = byTitle.get("Council passes budget");
    assertThat(council).hasSize(2);
    assertThat(council.get(1).id()).as("an update keeps the id").isEqualTo(council.get(0).id());
    assertThat(council.get(1).contentHash()).isNotEqualTo(council.get(0).contentHash());
    assertThat(council.get(1).text()).contains("31 to 20");
  }

  @Test
  void feedIsNotAnsweredWithA304WhileAnArticleItListedStillWaitsForARetry(KafkaBroker broker) throws Exception {
    TestTopics topics = TestTopics.create(broker, "transient-it");
    IngestSettings settings = new IngestSettings(Duration.ZERO, 1000)
        .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
    try (ConditionalSite site = new ConditionalSite("127.0.0.1");
        IngestService ingest = LoopbackIngest.service(topics, "transient-it", settings)) {
      site.article("/harbour.html", "Harbour reopens after storm", HARBOUR)
          .article("/council.html", "Council passes budget", COUNCIL)
          .feed("/feed.xml", Map.of("/harbour.html", "Harbour", "/council.html", "Council"))
          .failNext("/council.html", 1);
      SourceConfig source = new SourceConfig(new Source("example", "Example Times", "GB"),
          List.of(site.url("/feed.xml")), List.of(), ZoneId.of("Europe/London"), "en");

      PollReport first = ingest.poll(source);
      assertThat(first.published()).isEqualTo(1);
      assertThat(first.failed()).isEqualTo(1);

      PollReport second = ingest.poll(source);
      assertThat(site.hits("/feed.xml")).extracting(Hit::status).as("the feed is read in full again").containsExactly(200, 200);
      assertThat(second.published()).as("the article that failed for a moment").isEqualTo(1);

      PollReport third = ingest.poll(source);
      assertThat(third.published()).isZero();
      assertThat(site.hits("/feed.xml")).extracting(Hit::status).as("now everything it listed is handled")
          .containsExactly(200, 200, 304);
    }
  }

  private static Map<String, String> items(String councilTitle) {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("/harbour.html", "Harbour reopens after storm");
    items.put("/council.html", councilTitle);
    items.put("/market.html", "Covered market reopens");
    return items;
  }
}
