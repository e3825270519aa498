package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.article.Source;
import dev.newsflow.common.json.ContractSchemas;
import dev.newsflow.common.json.Json;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.enrich.dedup.NearDuplicateClustering;
import dev.newsflow.enrich.dedup.NearDuplicateSettings;
import dev.newsflow.enrich.dedup.NearDuplicateTexts;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import dev.newsflow.enrich.language.OptimaizeLanguageDetector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicate clustering in the enrich topology. */
class NearDuplicateTopologyTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:05Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Enricher ENRICHER = new Enricher(new OptimaizeLanguageDetector(), KeywordExtractor.none(), CLOCK);
  private static final NearDuplicateSettings SETTINGS =
      new NearDuplicateSettings(NearDuplicateSettings.DEFAULT_MAX_DISTANCE, Duration.ofDays(7), Duration.ofHours(1));

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> articles;
  private TestOutputTopic<String, EnrichedArticle> enriched;

  private void start() {
    var properties = EnrichService.streamsProperties(
        KafkaSettings.of(Map.of(KafkaSettings.BOOTSTRAP_SERVERS, "127.0.0.1:9")), EnrichSettings.local(stateDir));
    driver = new TopologyTestDriver(EnrichTopology.build(TopicNames.DEFAULT, ENRICHER, CLOCK, SETTINGS), properties, NOW);
    articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
    enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(), JsonSerde.enrichedArticle());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private static Article article(String outlet, String path, String fixture) {
    String url = "https://" + outlet + ".example/" + path;
    return Article.of(url, url, new Source(outlet, outlet, "GB"), "Harbour wall", List.of(), null, null, null, null, null,
        NearDuplicateTexts.read(fixture), NOW);
  }

  private EnrichedArticle send(Article article) {
    articles.pipeInput(article.id(), JsonSerde.article().serialize(Topics.ARTICLES.name(), article));
    return enriched.readValue();
  }

  @Test
  void syndicatedCopiesUnderOtherUrlsShareTheClusterOfTheFirst() {
    start();
    Article original = article("portville-post", "2026/11/29/harbour-wall", "harbour-original");
    Article copy = article("coastal-wire", "news/8812-harbour", "harbour-syndicated");

    EnrichedArticle first = send(original);
    EnrichedArticle second = send(copy);

    assertThat(first.nearDuplicate().clusterId()).isEqualTo(original.id());
    assertThat(second.nearDuplicate().clusterId()).isEqualTo(original.id());
    assertThat(second.nearDuplicate().simhash()).isNotEqualTo(first.nearDuplicate().simhash());
  }

  @Test
  void chineseSyndicatedCopiesShareACluster() {
    start();
    Article original = article("rail-daily", "zh/1", "rail-zh-original");
    Article copy = article("city-news", "zh/2", "rail-zh-syndicated");

    send(original);

    assertThat(send(copy).nearDuplicate().clusterId()).isEqualTo(original.id());
  }

  @Test
  void unrelatedArticleStartsItsOwnCluster() {
    start();
    Article original = article("portville-post", "harbour", "harbour-original");
    Article other = article("portville-post", "library", "library-unrelated");

    send(original);
    EnrichedArticle out = send(other);

    assertThat(out.nearDuplicate().clusterId()).isEqualTo(other.id());
  }

  @Test
  void enrichedRecordsWithTheNewFieldsConformToTheSchema() {
    start();
    EnrichedArticle out = send(article("portville-post", "harbour", "harbour-original"));

    assertThat(out.entityCoverage()).isEqualTo(EntityCoverage.UNSUPPORTED);
    assertThat(out.publishedUtc()).isNull();
    assertThat(ContractSchemas.enrichedArticle().violations(Json.write(out))).isEmpty();
  }

  @Test
  void fingerprintsOlderThanTheWindowAreEvicted() {
    start();
    Article original = article("portville-post", "harbour", "harbour-original");
    send(original);

    driver.advanceWallClockTime(Duration.ofDays(8));
    Article copy = article("coastal-wire", "harbour", "harbour-syndicated");

    assertThat(send(copy).nearDuplicate().clusterId()).isEqualTo(copy.id());
  }

  @Test
  void fingerprintsWithinTheWindowSurviveEviction() {
    start();
    Article original = article("portville-post", "harbour", "harbour-original");
    send(original);

    driver.advanceWallClockTime(Duration.ofDays(6));

    assertThat(send(article("coastal-wire", "harbour", "harbour-syndicated")).nearDuplicate().clusterId())
        .isEqualTo(original.id());
  }

  @Test
  void everyIndexUpdateIsWrittenToTheChangelogSoTheIndexSurvivesARestart() {
    // The test driver wipes local state on close, so what a restarted instance would restore from
    // is checked instead: the fingerprint entry ('h' + simhash -> time + cluster id) in the changelog.
    start();
    Article original = article("portville-post", "harbour", "harbour-original");
    EnrichedArticle out = send(original);

    TestOutputTopic<byte[], byte[]> changelog = driver.createOutputTopic(
        EnrichSettings.DEFAULT_APPLICATION_ID + "-" + NearDuplicateClustering.STORE + "-changelog",
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    Map<String, byte[]> entries = new HashMap<>();
    changelog.readKeyValuesToList().forEach(kv -> entries.put(HexFormat.of().formatHex(kv.key), kv.value));

    byte[] fingerprint = entries.get("68" + out.nearDuplicate().simhash());
    assertThat(fingerprint).isNotNull();
    assertThat(HexFormat.of().formatHex(fingerprint, 8, 24)).isEqualTo(original.id());
    // 7 band entries, the fingerprint and its time entry.
    assertThat(entries).hasSize(SETTINGS.bands() + 2);
  }
}
