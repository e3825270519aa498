package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.article.ArticleId;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.json.ContractSchemas;
import dev.newsflow.common.json.Json;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.EnrichSettings;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.PollReport;
import dev.newsflow.ingest.canonical.UrlCanonicalizer;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the sample site: loopback HTTP server → ingest → real broker → enrich →
 * the enriched topic, checked page by page against the site's {@code expected.json}.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineEndToEndIT {

  @Test
  void everySamplePageArrivesEnrichedWithCleanTextAndCorrectMetadata(KafkaBroker broker, @TempDir Path data) throws Exception {
    TestTopics test = TestTopics.create(broker, "e2e");
    TopicNames topics = test.names();
    KafkaSettings kafka = test.kafka();
    JsonNode expected = Json.mapper().readTree(DemoSite.resource("expected.json"));
    int pages = expected.path("pages").size();
    assertThat(pages).isGreaterThanOrEqualTo(4);

    Map<String, EnrichedArticle> byCanonicalUrl = new LinkedHashMap<>();
    try (DemoSite site = DemoSite.start();
        EnrichService enrich = new EnrichService(kafka, topics,
            new EnrichSettings(test.runId(), data.resolve("streams"), 1, broker.replicationFactor()));
        IngestService ingest = Pipelines.ingest(kafka, topics, AddressPolicy.allowingLoopback(), Duration.ZERO);
        EnrichedTopicReader reader = new EnrichedTopicReader(kafka, topics.enriched(), true)) {
      enrich.start(Duration.ofSeconds(60));
      PollReport total = PollReport.EMPTY;
      for (SourceConfig source : site.sources()) {
        total = total.plus(ingest.poll(source));
      }
      assertThat(total.failed()).as("failed pages: see the log").isZero();
      assertThat(total.published()).isEqualTo(pages);

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (byCanonicalUrl.size() < pages && System.nanoTime() < deadline) {
        for (EnrichedArticle article : reader.poll(Duration.ofMillis(500))) {
          byCanonicalUrl.put(article.article().canonicalUrl(), article);
          assertThat(ContractSchemas.enrichedArticle().violations(Json.write(article))).isEmpty();
        }
      }
      // Nothing beyond one record per page: the producer is idempotent and Streams exactly once.
      List<EnrichedArticle> extra = new ArrayList<>(reader.poll(Duration.ofSeconds(1)));
      assertThat(extra).isEmpty();

      assertThat(byCanonicalUrl).hasSize(pages);
      for (JsonNode page : expected.path("pages")) {
        // Feed links carry tracking parameters and fragments; the canonical URL drops them.
        String url = site.baseUrl().resolve("/" + page.path("file").asText()).toString();
        EnrichedArticle enriched = byCanonicalUrl.get(UrlCanonicalizer.canonicalize(url));
        assertThat(enriched).as("enriched article for %s", url).isNotNull();
        var article = enriched.article();
        String file = page.path("file").asText();
        assertThat(article.id()).as(file).isEqualTo(ArticleId.of(article.canonicalUrl()));
        assertThat(article.title()).as(file).isEqualTo(page.path("title").asText());
        assertThat(article.authors()).as(file).containsExactlyElementsOf(strings(page.path("authors")));
        assertThat(article.published()).as(file).isEqualTo(OffsetDateTime.parse(page.path("published").asText()));
        assertThat(article.published().getOffset()).as(file)
            .isEqualTo(OffsetDateTime.parse(page.path("published").asText()).getOffset());
        assertThat(enriched.language().code()).as(file).isEqualTo(page.path("language").asText());
        assertThat(article.text()).as(file).contains(strings(page.path("mustContain")));
        for (String boilerplate : strings(page.path("mustNotContain"))) {
          assertThat(article.text()).as(file).doesNotContain(boilerplate);
        }
        assertThat(article.text()).as(file).contains("\n\n");
        assertThat(enriched.stats().words()).as(file).isPositive();
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
