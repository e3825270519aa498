package dev.newsflow.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.ArticleFixtures;
import dev.newsflow.common.article.Block;
import dev.newsflow.common.article.EnrichedArticle;
import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.article.LanguageShare;
import dev.newsflow.common.article.NearDuplicate;
import dev.newsflow.common.deadletter.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;
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
  void localPublicationTimeFollowsThePlacedOneAndTheBylineOutletIsKept() {
    String json = Json.write(ArticleFixtures.chinaDaily());

    assertThat(json).contains("\"publishedLocal\":\"2012-02-07T08:23:00\"", "\"outlet\":\"China Daily\"");
    assertThatThrownBy(() -> ArticleFixtures.chinaDaily().withByline(LocalDateTime.parse("2012-02-07T00:23"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publishedLocal");
  }

  @Test
  void aLocalTimeNothingPlacesTravelsWithoutAnOffsetAndConforms() {
    Article a = ArticleFixtures.chinaDaily();
    Article unplaced = new Article(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(),
        a.authors(), null, a.modified(), a.languageHint(), a.siteName(), a.description(), a.text(),
        a.fetchedAt(), a.contentHash()).withByline(LocalDateTime.parse("2012-02-07T08:23"), null);

    String json = Json.write(unplaced);

    assertThat(json).contains("\"published\":null", "\"publishedLocal\":\"2012-02-07T08:23:00\"");
    assertThat(articleSchema.violations(json)).isEmpty();
    assertThat(JsonSerde.article().deserialize("t", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(unplaced);
    assertThat(articleSchema.violations(json.replace("2012-02-07T08:23:00\"", "2012-02-07T08:23:00+08:00\"")))
        .as("an offset belongs in published").isNotEmpty();
  }

  @Test
  void articleWrittenBeforePublishedLocalAndOutletReadsWithTheLocalTimeDerived() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.remove("publishedLocal");
    json.remove("outlet");

    Article old = JsonSerde.article().deserialize("t", Json.write(json).getBytes(StandardCharsets.UTF_8));

    assertThat(old.publishedLocal()).isEqualTo(LocalDateTime.parse("2012-02-07T08:23"));
    assertThat(old.outlet()).isNull();
    assertThat(articleSchema.violations(json)).isEmpty();
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
  void publishedTimeIsAlsoGivenInUtcBesideTheOriginal() {
    String json = Json.write(ArticleFixtures.chinaDailyEnriched());
    assertThat(json).contains("\"published\":\"2012-02-07T08:23:00+08:00\"");
    assertThat(json).contains("\"publishedUtc\":\"2012-02-07T00:23:00Z\"");
  }

  @Test
  void articleWithoutPublishedTimeHasNullPublishedUtcAndConforms() {
    EnrichedArticle full = ArticleFixtures.chinaDailyEnriched();
    Article a = full.article();
    Article undated = new Article(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(),
        a.authors(), null, a.modified(), a.languageHint(), a.siteName(), a.description(), a.text(),
        a.fetchedAt(), a.contentHash());
    EnrichedArticle enriched = EnrichedArticle.of(undated, full.language(), full.entities(), full.entityCoverage(),
        full.entityEngine(), full.keywords(), full.stats(), full.nearDuplicate(), full.enrichedAt());

    assertThat(enriched.publishedUtc()).isNull();
    ObjectNode json = Json.mapper().valueToTree(enriched);
    assertThat(json.get("publishedUtc").isNull()).isTrue();
    assertThat(enrichedSchema.violations(json)).isEmpty();
  }

  @Test
  void entityCoverageIsWrittenInLowerCase() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    assertThat(json.get("entityCoverage").asText()).isEqualTo("engine");
    assertThat(json.get("entityEngine").asText()).isEqualTo("test");
    assertThat(json.at("/nearDuplicate/simhash").asText()).isEqualTo("8e3f0c215a6bd047");
  }

  @Test
  void enrichedRecordWrittenBeforeTheAdditionsStillReadsAndConforms() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    json.remove(List.of("publishedUtc", "entityCoverage", "entityEngine", "nearDuplicate", "languageMix"));
    assertThat(enrichedSchema.violations(json)).isEmpty();

    EnrichedArticle old = JsonSerde.enrichedArticle()
        .deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(old.entities()).isEqualTo(ArticleFixtures.chinaDailyEnriched().entities());
    assertThat(old.entityCoverage()).isNull();
    assertThat(old.entityEngine()).isNull();
    assertThat(old.nearDuplicate()).isNull();
    assertThat(old.languageMix()).isNull();
    assertThat(old.publishedUtc()).isEqualTo(Instant.parse("2012-02-07T00:23:00Z"));
  }

  @Test
  void schemaRejectsAnUnknownCoverageAndABadSimhash() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    json.put("entityCoverage", "ENGINE");
    assertThat(enrichedSchema.violations(json)).isNotEmpty();

    ObjectNode shortHash = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    ((ObjectNode) shortHash.get("nearDuplicate")).put("simhash", "8e3f0c21");
    assertThat(enrichedSchema.violations(shortHash)).isNotEmpty();
  }

  @Test
  void monolingualArticleHasANullLanguageMix() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    assertThat(json.has("languageMix")).isTrue();
    assertThat(json.get("languageMix").isNull()).isTrue();
  }

  @Test
  void mixedLanguageArticleConformsAndRoundTrips() {
    EnrichedArticle mixed = ArticleFixtures.chinaDailyEnriched().withLanguageMix(List.of(
        new LanguageShare("en", "Latn", 0.744, 3), new LanguageShare("fr", "Latn", 0.256, 1)));

    String json = Json.write(mixed);

    assertThat(json).contains(
        "\"languageMix\":[{\"code\":\"en\",\"script\":\"Latn\",\"share\":0.744,\"paragraphs\":3},"
            + "{\"code\":\"fr\",\"script\":\"Latn\",\"share\":0.256,\"paragraphs\":1}]");
    assertThat(enrichedSchema.violations(json)).isEmpty();
    assertThat(JsonSerde.enrichedArticle().deserialize("t", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(mixed);
  }

  @Test
  void schemaRejectsAMixOfOneLanguageOrAnUndeterminedOne() {
    ObjectNode one = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    one.putArray("languageMix").addObject().put("code", "en").put("script", "Latn").put("share", 1.0).put("paragraphs", 2);
    assertThat(enrichedSchema.violations(one)).isNotEmpty();

    ObjectNode und = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    var mix = und.putArray("languageMix");
    mix.addObject().put("code", "en").put("script", "Latn").put("share", 0.8).put("paragraphs", 2);
    mix.addObject().put("code", "und").putNull("script").put("share", 0.2).put("paragraphs", 1);
    assertThat(enrichedSchema.violations(und)).isNotEmpty();
  }

  @Test
  void aLanguageMixNeedsTwoDistinctLanguagesLargestFirst() {
    EnrichedArticle e = ArticleFixtures.chinaDailyEnriched();
    LanguageShare en = new LanguageShare("en", "Latn", 0.7, 2);
    LanguageShare fr = new LanguageShare("fr", "Latn", 0.3, 1);

    assertThat(e.withLanguageMix(List.of(en, fr)).languageMix()).containsExactly(en, fr);
    assertThat(e.withLanguageMix(null).languageMix()).isNull();
    assertThatThrownBy(() -> e.withLanguageMix(List.of(en))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.withLanguageMix(List.of(fr, en))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.withLanguageMix(List.of(en, new LanguageShare("en", "Latn", 0.3, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageShare("und", null, 0.3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageShare("fr", "Latn", 0.0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LanguageShare("fr", "Latn", 0.3, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schemaRejectsAPublishedUtcWithAnOffset() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    json.put("publishedUtc", "2012-02-07T08:23:00+08:00");
    assertThat(enrichedSchema.violations(json)).isNotEmpty();
  }

  @Test
  void publishedUtcThatContradictsThePublishedTimeIsRejected() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    json.put("publishedUtc", "2012-02-07T08:23:00Z");
    assertThatThrownBy(() -> JsonSerde.enrichedArticle().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("publishedUtc");
  }

  @Test
  void coverageAndEngineMustAgree() {
    EnrichedArticle e = ArticleFixtures.chinaDailyEnriched();
    NearDuplicate nd = e.nearDuplicate();
    assertThatThrownBy(() -> EnrichedArticle.of(e.article(), e.language(), List.of(), EntityCoverage.UNSUPPORTED,
        "hanlp", e.keywords(), e.stats(), nd, e.enrichedAt()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnrichedArticle.of(e.article(), e.language(), e.entities(), EntityCoverage.FAILED,
        "hanlp", e.keywords(), e.stats(), nd, e.enrichedAt()))
        .isInstanceOf(IllegalArgumentException.class);
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
  void blocksAreWrittenWithTheirKindsInOrderAndConform() {
    Article article = structured();
    ObjectNode json = Json.mapper().valueToTree(article);

    assertThat(json.at("/blocks/0/kind").asText()).isEqualTo("heading");
    assertThat(json.at("/blocks/1/kind").asText()).isEqualTo("paragraph");
    assertThat(json.at("/blocks/2/kind").asText()).isEqualTo("list-item");
    assertThat(json.at("/blocks/3/kind").asText()).isEqualTo("quote");
    assertThat(articleSchema.violations(json)).isEmpty();
    assertThat(JsonSerde.article().deserialize("t", Json.write(article).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(article);
  }

  @Test
  void blocksJoinedWithBlankLinesAreExactlyTheText() {
    Article article = structured();
    assertThat(Article.joined(article.blocks())).isEqualTo(article.text());
    assertThat(article.blocks()).extracting(Block::text).containsExactly(article.text().split("\n\n"));
  }

  @Test
  void articleRecordWrittenBeforeBlocksAndDetailsStillReadsAndConforms() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    json.remove(List.of("blocks", "section", "tags", "image"));
    assertThat(articleSchema.violations(json)).isEmpty();

    Article old = JsonSerde.article().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(old.blocks()).isEmpty();
    assertThat(old.section()).isNull();
    assertThat(old.tags()).isEmpty();
    assertThat(old.image()).isNull();
    assertThat(old.text()).isEqualTo(ArticleFixtures.chinaDaily().text());
  }

  @Test
  void blocksThatAreNotTheTextAreRejected() {
    Article article = ArticleFixtures.chinaDaily();
    assertThatThrownBy(() -> article.withBlocks(List.of(Block.paragraph("Something else entirely."))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the text");
    ObjectNode json = Json.mapper().valueToTree(article);
    ((ObjectNode) json.at("/blocks/1")).put("text", "A changed paragraph.");
    assertThatThrownBy(() -> JsonSerde.article().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void aBlockIsOneNonBlankParagraph() {
    assertThatThrownBy(() -> Block.paragraph("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Block.paragraph("one\n\ntwo")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKindAddedLaterReadsAsParagraphButTheSchemaOnlyAllowsKnownKinds() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    ((ObjectNode) json.at("/blocks/0")).put("kind", "sidebar");

    Article read = JsonSerde.article().deserialize("t", json.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(read.blocks().getFirst().kind()).isEqualTo(Block.Kind.PARAGRAPH);
    assertThat(articleSchema.violations(json)).isNotEmpty();
  }

  @Test
  void enrichedArticleCarriesTheBlocksOfItsArticle() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDailyEnriched());
    assertThat(json.at("/article/blocks/0/kind").asText()).isEqualTo("paragraph");
    ((ObjectNode) json.at("/article/blocks/0")).put("text", "");
    assertThat(enrichedSchema.violations(json)).isNotEmpty();
  }

  @Test
  void sectionTagsAndImageAreWrittenAndConform() {
    ObjectNode json = Json.mapper().valueToTree(ArticleFixtures.chinaDaily());
    assertThat(json.get("section").asText()).isEqualTo("Opinion");
    assertThat(json.at("/tags/1").asText()).isEqualTo("Safer Internet Day");
    assertThat(json.get("image").asText()).startsWith("http://www.chinadaily.com.cn/");
    assertThat(articleSchema.violations(json)).isEmpty();

    Article none = ArticleFixtures.chinaDaily().withDetails(null, null, null);
    ObjectNode empty = Json.mapper().valueToTree(none);
    assertThat(empty.get("section").isNull()).isTrue();
    assertThat(empty.get("tags")).isEmpty();
    assertThat(articleSchema.violations(empty)).isEmpty();
  }

  @Test
  void aRelativeImageOrABlankTagIsRejected() {
    Article a = ArticleFixtures.chinaDaily();
    assertThatThrownBy(() -> a.withDetails(null, List.of(), "/images/a.jpg")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.withDetails(null, List.of(" "), null)).isInstanceOf(IllegalArgumentException.class);
    ObjectNode json = Json.mapper().valueToTree(a);
    json.put("image", "/images/a.jpg");
    assertThat(articleSchema.violations(json)).isNotEmpty();
  }

  private static Article structured() {
    List<Block> blocks = List.of(
        new Block(Block.Kind.HEADING, "What changes"),
        Block.paragraph("The terminal opens in spring."),
        new Block(Block.Kind.LIST_ITEM, "Ships up to 400 m long"),
        new Block(Block.Kind.QUOTE, "\"It is a new era for the port,\" the mayor said."));
    Article a = ArticleFixtures.chinaDaily();
    return Article.of(a.url(), a.canonicalUrl(), a.source(), a.title(), a.authors(), a.published(), a.modified(),
        a.languageHint(), a.siteName(), a.description(), Article.joined(blocks), a.fetchedAt()).withBlocks(blocks);
  }

  @Test
  void deadLetterPayloadIsCut() {
    String huge = "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10);
    DeadLetter letter = DeadLetter.forRecord("enrich", "too-large", "", null, huge, Instant.EPOCH);
    assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
  }
}
