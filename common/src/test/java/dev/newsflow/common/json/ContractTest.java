package dev.newsflow.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.deadletter.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The JSON written to the topics is what the schema files in the repository say. */
class ContractTest {
  private final ContractSchemas articleSchema = ContractSchemas.article();
  private final ContractSchemas enrichedSchema = ContractSchemas.enrichedArticle();
  private final ContractSchemas deadLetterSchema = ContractSchemas.deadLetter();

  @Test
  void articleRoundTripsThroughTheSerde() {
    Article article = ArticleFixtures.chinaDaily();
    JsonSerde<Article> serde = JsonSerde.article();
    assertThat(serde.deserialize("t", serde.serialize("t", article))).isEqualTo(article);
  }

  @Test
  void enrichedArticleRoundTripsThroughTheSerde() {
    EnrichedArticle enriched = ArticleFixtures.chinaDailyEnriched();
    JsonSerde<EnrichedArticle> serde = JsonSerde.enrichedArticle();
    assertThat(serde.deserialize("t", serde.serialize("t", enriched))).isEqualTo(enriched);
  }

  @Test
  void publishedTimeKeepsTheSourceOffsetInJson() {
    String json = Json.write(ArticleFixtures.chinaDaily());
    assertThat(json).contains("\"published\":\"2012-02-07T08:23:00+08:00\"");
    Article back = JsonSerde.article().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
    assertThat(back.published().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
  }

  @Test
  void serialisedArticleConformsToItsSchema() {
    assertThat(articleSchema.violations(Json.write(ArticleFixtures.chinaDaily()))).isEmpty();
  }

  @Test
  void serialisedEnrichedArticleConformsToItsSchema() {
    assertThat(enrichedSchema.violations(Json.write(ArticleFixtures.chinaDailyEnriched()))).isEmpty();
  }

  @Test
  void serialisedDeadLettersConformToTheirSchema() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    assertThat(deadLetterSchema.violations(Json.write(
        DeadLetter.forUrl("ingest.fetch", "http-status", "HTTP 404", "https://example.org/x", now)))).isEmpty();
    assertThat(deadLetterSchema.violations(Json.write(DeadLetter.forRecord(
        "enrich", "undeserialisable", "not JSON", new DeadLetter.Origin("news.articles", 2, 42, "k"), "{", now))))
        .isEmpty();
  }

  @Test
  void schemaRejectsATimeWithoutOffset() {
    // The check must be able to fail: a local time without offset is exactly what the contract forbids.
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.put("published", "2012-02-07T08:23:00");
    assertThat(articleSchema.violations(json)).isNotEmpty();
  }

  @Test
  void schemaRejectsAnUnknownField() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.put("surprise", true);
    assertThat(articleSchema.violations(json)).isNotEmpty();
  }

  @Test
  void readersIgnoreFieldsAddedByALaterMinorVersion() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.put("addedLater", "x");
    Article back = JsonSerde.article().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(back).isEqualTo(ArticleFixtures.chinaDaily());
  }

  @Test
  void malformedRecordGivesASerializationExceptionWithTheReason() {
    assertThatThrownBy(() -> JsonSerde.article().deserialize("news.articles", "{\"id\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("news.articles");
  }

  @Test
  void recordThatBreaksAnInvariantIsRejectedOnReading() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.put("id", "not-an-id");
    assertThatThrownBy(() -> JsonSerde.article().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not an article id");
  }

  @Test
  void deadLetterPayloadIsCut() {
    String huge = "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10);
    DeadLetter letter = DeadLetter.forRecord("enrich", "too-large", "", null, huge, Instant.EPOCH);
    assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
  }
}
