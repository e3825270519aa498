package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.article.ArticleId;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Entity;
import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.json.ContractSchemas;
import dev.newsflow.common.json.Json;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.EnrichSettings;
import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelFetchException;
import dev.newsflow.enrich.entities.models.ModelSpec;
import dev.newsflow.enrich.entities.models.ModelStore;
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
import java.util.Set;
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

  /**
   * The seed README's "Expected enrichment" of the China Daily article, over the broker: the page
   * fetched from the sample site, extracted, published, enriched with the English engine and read
   * back from the enriched topic. Skipped when the English models are neither cached nor reachable.
   */
  @Test
  void theChinaDailyPageArrivesWithTheSeedsEntities(KafkaBroker broker, @TempDir Path data) throws Exception {
    ModelStore models = ModelStore.fromEnvironment();
    for (ModelSpec model : List.of(CoreNlpModels.forLanguage("en").orElseThrow(), CoreNlpModels.ENGLISH_MISC)) {
      try {
        models.ensure(model);
      } catch (ModelFetchException e) {
        assumeTrue(!e.reason().equals(ModelFetchException.UNREACHABLE), "model not cached and not reachable: " + e.getMessage());
        throw e;
      }
    }
    TestTopics test = TestTopics.create(broker, "e2e-seed");
    KafkaSettings kafka = test.kafka();
    EnrichedArticle chinaDaily = null;
    try (DemoSite site = DemoSite.start();
        EnrichService enrich = new EnrichService(kafka, test.names(),
            new EnrichSettings(test.runId(), data.resolve("streams"), 1, broker.replicationFactor(), Set.of("en")));
        IngestService ingest = Pipelines.ingest(kafka, test.names(), AddressPolicy.allowingLoopback(), Duration.ZERO);
        EnrichedTopicReader reader = new EnrichedTopicReader(kafka, test.names().enriched(), true)) {
      enrich.start(Duration.ofSeconds(60));
      SourceConfig source = site.sources().stream()
          .filter(s -> s.source().id().equals("chinadaily")).findFirst().orElseThrow();
      assertThat(ingest.poll(source).published()).isEqualTo(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (chinaDaily == null && System.nanoTime() < deadline) {
        List<EnrichedArticle> arrived = reader.poll(Duration.ofMillis(500));
        chinaDaily = arrived.isEmpty() ? null : arrived.get(0);
      }
    }
    assertThat(chinaDaily).as("the China Daily article on the enriched topic").isNotNull();
    assertThat(ContractSchemas.enrichedArticle().violations(Json.write(chinaDaily))).isEmpty();
    assertThat(chinaDaily.language().code()).isEqualTo("en");
    assertThat(chinaDaily.entityCoverage()).isEqualTo(EntityCoverage.ENGINE);
    assertThat(names(chinaDaily, EntityType.PERSON)).containsExactly("Tang Lan");
    assertThat(names(chinaDaily, EntityType.ORGANIZATION)).containsExactlyInAnyOrder(
        "China Daily", "Microsoft", "Supreme People's Court", "Supreme People's Procuratorate",
        "China Institutes of Contemporary International Relations",
        "Institute of Information and Social Development Studies");
    assertThat(names(chinaDaily, EntityType.LOCATION)).containsExactlyInAnyOrder(
        "China", "United States", "United Kingdom", "Shanghai", "Guangdong");
    assertThat(names(chinaDaily, EntityType.MISC)).contains("Safer Internet Day", "Windows");
  }

  private static List<String> names(EnrichedArticle article, EntityType type) {
    return article.entities().stream().filter(e -> e.type() == type).map(Entity::normalized).toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
