package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.Language;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.json.Json;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.Topics;
import dev.newsflow.enrich.keywords.KeywordExtractor;
import dev.newsflow.common.json.ContractSchemas;
import dev.newsflow.enrich.language.LanguageDetector;
import dev.newsflow.enrich.language.NgramLanguageDetector;
import dev.newsflow.enrich.language.OptimaizeLanguageDetector;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnrichTopologyTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:05Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final LanguageDetector OPTIMAIZE = new OptimaizeLanguageDetector();

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> articles;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  private void start(LanguageDetector detector) {
    Enricher enricher = new Enricher(detector, KeywordExtractor.none(), CLOCK);
    var properties = EnrichService.streamsProperties(
        KafkaSettings.of(Map.of(KafkaSettings.BOOTSTRAP_SERVERS, "127.0.0.1:9")), EnrichSettings.local(stateDir));
    driver = new TopologyTestDriver(EnrichTopology.build(TopicNames.DEFAULT, enricher, CLOCK), properties);
    articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
    enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(), JsonSerde.enrichedArticle());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), new StringDeserializer(), JsonSerde.deadLetter());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private static byte[] json(Article article) {
    return JsonSerde.article().serialize(Topics.ARTICLES.name(), article);
  }

  @Test
  void goodArticleComesOutEnrichedUnderItsId() {
    start(OPTIMAIZE);
    Article article = Articles.english();

    articles.pipeInput(article.id(), json(article));

    TestRecord<String, EnrichedArticle> out = enriched.readRecord();
    assertThat(out.key()).isEqualTo(article.id());
    assertThat(out.value().id()).isEqualTo(article.id());
    assertThat(out.value().article()).isEqualTo(article);
    assertThat(out.value().language().tag()).isEqualTo("en-Latn");
    assertThat(out.value().enrichedAt()).isEqualTo(NOW);
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void outputIsKeyedByArticleIdWhateverTheInputKey() {
    start(OPTIMAIZE);
    Article article = Articles.english();

    articles.pipeInput(null, json(article));

    assertThat(enriched.readRecord().key()).isEqualTo(article.id());
  }

  @Test
  void garbageBytesBecomeADeadLetterWithReasonAndOrigin() {
    start(OPTIMAIZE);
    Article good = Articles.english();
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b, (byte) 0x80};

    articles.pipeInput(good.id(), json(good));
    articles.pipeInput("poison-key", garbage);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.stage()).isEqualTo("enrich");
    assertThat(letter.reason()).isEqualTo(EnrichTopology.REASON_UNDESERIALISABLE);
    assertThat(letter.detail()).contains("Article");
    assertThat(letter.origin()).isEqualTo(new DeadLetter.Origin(Topics.ARTICLES.name(), 0, 1L, "poison-key"));
    assertThat(letter.payload()).isEqualTo(new String(garbage, StandardCharsets.UTF_8));
    assertThat(letter.occurredAt()).isEqualTo(NOW);
    assertThat(enriched.readValuesToList()).hasSize(1);
  }

  @Test
  void articleJsonMissingRequiredFieldsBecomesADeadLetter() {
    start(OPTIMAIZE);
    String incomplete = "{\"schemaVersion\":1,\"id\":\"0123456789abcdef0123456789abcdef\",\"title\":\"No text, no source\"}";

    articles.pipeInput("0123456789abcdef0123456789abcdef", incomplete.getBytes(StandardCharsets.UTF_8));

    TestRecord<String, DeadLetter> out = deadLetters.readRecord();
    assertThat(out.key()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(out.value().reason()).isEqualTo(EnrichTopology.REASON_UNDESERIALISABLE);
    assertThat(out.value().payload()).isEqualTo(incomplete);
    assertThat(out.value().origin().offset()).isZero();
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void articleWithAnInvalidIdBecomesADeadLetter() {
    start(OPTIMAIZE);
    String json = Json.write(Articles.english()).replaceFirst("\"id\":\"[0-9a-f]{32}\"", "\"id\":\"not-an-id\"");

    articles.pipeInput("k", json.getBytes(StandardCharsets.UTF_8));

    assertThat(deadLetters.readValue().detail()).contains("not an article id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisonArticles")
  void everyPoisonFixtureBecomesADeadLetterAndTheNextRecordIsStillEnriched(Path fixture) throws IOException {
    start(OPTIMAIZE);
    byte[] poison = Files.readAllBytes(fixture);
    Article good = Articles.english();

    articles.pipeInput("poison", poison);
    articles.pipeInput(good.id(), json(good));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.reason()).isEqualTo(EnrichTopology.REASON_UNDESERIALISABLE);
    assertThat(letter.detail()).isNotBlank();
    assertThat(letter.origin()).isEqualTo(new DeadLetter.Origin(Topics.ARTICLES.name(), 0, 0L, "poison"));
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(good.id());
  }

  static Stream<Path> poisonArticles() throws IOException, URISyntaxException {
    Path dir = Path.of(EnrichTopologyTest.class.getResource("/poison-articles").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
      assertThat(list).hasSizeGreaterThan(10);
      return list.stream();
    }
  }

  @Test
  void theMinimalValidFixtureTheBadOnesAreMadeFromIsEnriched() throws IOException, URISyntaxException {
    start(OPTIMAIZE);
    Path fixture = Path.of(EnrichTopologyTest.class.getResource("/articles/minimal-valid.json").toURI());

    articles.pipeInput("k", Files.readAllBytes(fixture));

    assertThat(enriched.readValue().id()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void recordWithoutValueBecomesADeadLetter() {
    start(OPTIMAIZE);

    articles.pipeInput("tombstone", (byte[]) null);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.reason()).isEqualTo(EnrichTopology.REASON_NO_VALUE);
    assertThat(letter.payload()).isNull();
  }

  @Test
  void whenEnrichmentThrowsTheRecordIsDeadLetteredAndTheNextOneStillProcessed() {
    start(text -> {
      if (text.contains("BOOM")) {
        throw new IllegalStateException("detector broke on purpose");
      }
      return new Language("en", "Latn", 1.0);
    });
    Article bad = Articles.withText("BOOM", "This article makes the enricher throw.");
    Article good = Articles.withText("Fine", "This one is fine.");

    articles.pipeInput(bad.id(), json(bad));
    articles.pipeInput(good.id(), json(good));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.reason()).isEqualTo(EnrichTopology.REASON_ENRICHMENT_FAILED);
    assertThat(letter.detail()).contains("detector broke on purpose");
    assertThat(letter.origin().offset()).isZero();
    assertThat(letter.origin().key()).isEqualTo(bad.id());
    assertThat(JsonSerde.article().deserialize("t", letter.payload().getBytes(StandardCharsets.UTF_8))).isEqualTo(bad);
    assertThat(enriched.readKeyValue().key).isEqualTo(good.id());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void aRunOfMixedRecordsSendsEachToExactlyOneTopicInOrder() {
    start(OPTIMAIZE);
    Article first = Articles.withText("Election results", "Voters went to the polls across the country on Sunday.");
    Article second = Articles.withText("选举结果", "周日全国各地的选民前往投票站投票。");

    articles.pipeInput(first.id(), json(first));
    articles.pipeInput("x", "not json".getBytes(StandardCharsets.UTF_8));
    articles.pipeInput(second.id(), json(second));
    articles.pipeInput("y", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::id, e -> e.language().code())
        .containsExactly(
            tuple(first.id(), "en"),
            tuple(second.id(), "zh"));
    assertThat(deadLetters.readValuesToList())
        .extracting(d -> d.origin().offset())
        .containsExactly(1L, 3L);
  }

  @Test
  void mixedLanguageArticleComesOutWithItsLanguageMixInAValidRecord() throws IOException {
    start(new NgramLanguageDetector());
    TestOutputTopic<String, String> raw =
        driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(), new StringDeserializer());
    Article mixed = Articles.fromFixture("移动支付走进西南乡村", "zh-with-en-abstract.txt");
    Article monolingual = Articles.fromFixture("Referendum", "en-with-foreign-names.txt");

    articles.pipeInput(mixed.id(), json(mixed));
    articles.pipeInput(monolingual.id(), json(monolingual));

    List<String> values = raw.readValuesToList();
    assertThat(values).hasSize(2).allSatisfy(v -> assertThat(ContractSchemas.enrichedArticle().violations(v)).isEmpty());
    JsonNode first = Json.mapper().readTree(values.get(0));
    assertThat(first.at("/language/code").asText()).isEqualTo("zh");
    assertThat(first.get("languageMix")).hasSize(2);
    assertThat(first.at("/languageMix/0/code").asText()).isEqualTo("zh");
    assertThat(first.at("/languageMix/0/script").asText()).isEqualTo("Hans");
    assertThat(first.at("/languageMix/0/paragraphs").asInt()).isEqualTo(5);
    assertThat(first.at("/languageMix/1/code").asText()).isEqualTo("en");
    assertThat(first.at("/languageMix/0/share").asDouble() + first.at("/languageMix/1/share").asDouble())
        .isEqualTo(1.0);
    JsonNode second = Json.mapper().readTree(values.get(1));
    assertThat(second.has("languageMix")).isTrue();
    assertThat(second.get("languageMix").isNull()).isTrue();
  }
}
