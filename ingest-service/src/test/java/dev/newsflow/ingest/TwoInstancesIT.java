package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.common.article.Source;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.ingest.ConditionalSite.Hit;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.state.HostPartitioner;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two ingest instances in one group over a simulated web of several hosts: they split the hosts,
 * each host is fetched by one of them, every article is published once; when one leaves, the other
 * takes its hosts over with their state.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TwoInstancesIT {
  private static final int PARTITIONS = Topics.CRAWL_STATE.partitions();
  private final List<ConditionalSite> sites = new ArrayList<>();

  @AfterEach
  void stopSites() {
    sites.forEach(ConditionalSite::close);
  }

  @Test
  void instancesSplitTheHostsPublishEachArticleOnceAndTheSurvivorTakesOverWithTheState(KafkaBroker broker)
      throws Exception {
    startOneSitePerPartition();
    List<SourceConfig> sources = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      ConditionalSite site = sites.get(i);
      site.article("/story-1.html", "First story of site " + i, paragraphs(i, 1))
          .article("/story-2.html", "Second story of site " + i, paragraphs(i, 2))
          .feed("/feed.xml", items(i, 2));
      sources.add(new SourceConfig(new Source("site-" + i, "Site " + i, "GB"), List.of(site.url("/feed.xml")),
          List.of(), ZoneId.of("Europe/London"), "en"));
    }
    TestTopics topics = TestTopics.create(broker, "two-instances-it");
    String group = topics.runId() + "-ingest";
    IngestSettings settings = new IngestSettings(Duration.ZERO, 1000);

    try (IngestService alpha = LoopbackIngest.withKafkaState(topics, group, "alpha", settings)) {
      IngestService beta = LoopbackIngest.withKafkaState(topics, group, "beta", settings);
      Map<ConditionalSite, String> ownerAgent = new LinkedHashMap<>();
      try {
        await().atMost(Duration.ofMinutes(1)).until(() ->
            sources.stream().allMatch(s -> alpha.owns(s) ^ beta.owns(s))
                && sources.stream().anyMatch(alpha::owns) && sources.stream().anyMatch(beta::owns));
        for (int i = 0; i < sites.size(); i++) {
          ownerAgent.put(sites.get(i), LoopbackIngest.userAgent(alpha.owns(sources.get(i)) ? "alpha" : "beta"));
        }
        assertThat(List.of(alpha.health(), beta.health()))
            .allSatisfy(h -> assertThat(h.ready()).as(h.detail()).isTrue());

        CompletableFuture<PollReport> alphaPass = pollAsync(alpha, sources);
        CompletableFuture<PollReport> betaPass = pollAsync(beta, sources);
        int published = alphaPass.join().published() + betaPass.join().published();
        assertThat(published).isEqualTo(2 * sites.size());
        assertThat(alphaPass.join().published()).isPositive();
        assertThat(betaPass.join().published()).isPositive();
        for (ConditionalSite site : sites) {
          assertThat(site.pageHits()).as("requests to %s", site.hostKey())
              .extracting(Hit::path).containsExactlyInAnyOrder("/feed.xml", "/story-1.html", "/story-2.html");
          assertThat(site.hits()).as("who fetched %s", site.hostKey())
              .extracting(Hit::userAgent).containsOnly(ownerAgent.get(site));
        }
      } finally {
        beta.close();
      }
      assertThat(beta.health().ready()).as("a closed instance is not ready").isFalse();

      // beta left the group: alpha takes over its hosts, with what beta published there.
      await().atMost(Duration.ofMinutes(1)).until(() -> sources.stream().allMatch(alpha::owns));
      for (int i = 0; i < sites.size(); i++) {
        ConditionalSite site = sites.get(i);
        site.article("/story-3.html", "Third story of site " + i, paragraphs(i, 3)).feed("/feed.xml", items(i, 3));
        site.forgetHits();
      }
      PollReport takeover = alpha.pollAll(sources);
      assertThat(takeover.published()).as("only the new stories").isEqualTo(sites.size());
      for (ConditionalSite site : sites) {
        assertThat(site.pageHits()).as("requests to %s after the takeover", site.hostKey())
            .allSatisfy(hit -> assertThat(hit.userAgent()).isEqualTo(LoopbackIngest.userAgent("alpha")))
            .extracting(Hit::path).containsExactlyInAnyOrder("/feed.xml", "/story-3.html");
        assertThat(site.hits("/feed.xml")).singleElement()
            .as("the feed's ETag, from the previous owner's state too")
            .satisfies(hit -> assertThat(hit.ifNoneMatch()).isNotNull());
      }
    }

    List<ConsumerRecord<String, byte[]>> articles = topics.read(topics.names().articles(), 3 * sites.size());
    assertThat(articles).hasSize(3 * sites.size());
    assertThat(articles).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
  }

  /**
   * Sites on 127.0.0.2, 127.0.0.3, ... (one machine, many hosts), kept only when their host falls
   * in a partition no kept site has yet, until every partition has one: so however the group splits
   * the partitions, each instance owns some hosts.
   */
  private void startOneSitePerPartition() throws Exception {
    boolean[] covered = new boolean[PARTITIONS];
    for (int last = 2; sites.size() < PARTITIONS && last < 250; last++) {
      ConditionalSite site = new ConditionalSite("127.0.0." + last);
      int partition = HostPartitioner.partition(site.hostKey(), PARTITIONS);
      if (covered[partition]) {
        site.close();
      } else {
        covered[partition] = true;
        sites.add(site);
      }
    }
    assertThat(sites).as("one site per crawl-state partition").hasSize(PARTITIONS);
  }

  private static CompletableFuture<PollReport> pollAsync(IngestService ingest, List<SourceConfig> sources) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return ingest.pollAll(sources);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
  }

  private static Map<String, String> items(int site, int stories) {
    Map<String, String> items = new LinkedHashMap<>();
    String[] names = {"First", "Second", "Third"};
    for (int n = 1; n <= stories; n++) {
      items.put("/story-" + n + ".html", names[n - 1] + " story of site " + site);
    }
    return items;
  }

  private static String[] paragraphs(int site, int story) {
    return new String[] {
        "Site " + site + " reports story " + story + " today, with the facts that were known by the morning.",
        "The second paragraph of story " + story + " on site " + site + " adds detail from people who were there.",
        "A spokesperson said more would be known by the evening, and that nobody had been hurt in story " + story + "."};
  }
}
