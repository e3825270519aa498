package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvalCommandTest {

  private static Path tinyDataset() throws URISyntaxException {
    return Path.of(NerEvalCommandTest.class.getResource("/ner/tiny_zh.jsonl").toURI());
  }

  /** Runs with an empty model cache whose repository refuses connections: no model is downloaded. */
  private static CommandRun eval(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (all.size() > 1 && all.get(1).equals("ner")) {
      all.addAll(List.of("--models", emptyCache().toString(), "--model-repository", "http://127.0.0.1:" + closedPort() + "/"));
    }
    return CommandRun.of(all.toArray(String[]::new));
  }

  private static Path emptyCache() {
    try {
      return Files.createTempDirectory("models");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }


  @Test
  void printsScoresPerFileLanguageAndTypeAndWritesPredictionsAlignedToTheTokens(@TempDir Path dir) throws Exception {
    Path predictions = dir.resolve("predicted.jsonl");

    CommandRun run = eval("eval", "ner", "--dataset", tinyDataset().toString(), "--predictions", predictions.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("hanlp-zh", "corenlp-en failed to load (all O)", "tiny_zh: 3 sentences", "PER/ORG/LOC", "language zh", "language en");
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    assertThat(first.get("lang").asText()).isEqualTo("zh");
    assertThat(first.get("predicted")).hasSize(first.get("tokens").size());
    assertThat(first.get("predicted").get(0).asText()).isEqualTo("B-PER");
    JsonNode english = mapper.readTree(lines.get(2));
    assertThat(english.get("predicted").toString()).isEqualTo("[\"O\",\"O\",\"O\",\"O\",\"O\"]");
    assertThat(english.get("tags")).hasSize(5);
  }

  @Test
  void theHeaderSaysTheEnginesLabelledTheGoldTokensUnlessToldOtherwise() throws Exception {
    CommandRun gold = eval("eval", "ner", "--dataset", tinyDataset().toString(), "--lang", "en");
    CommandRun own = eval("eval", "ner", "--dataset", tinyDataset().toString(), "--lang", "en", "--tokens", "own");

    assertThat(gold.exit()).as(gold.err()).isZero();
    assertThat(gold.out().lines().findFirst()).contains("tokens: gold tokens (tagger on the set's tokenisation, as conlleval and the baselines)");
    assertThat(own.exit()).as(own.err()).isZero();
    assertThat(own.out().lines().findFirst()).contains("tokens: own tokenizer (space-joined sentence through the product's tokenizer)");
  }

  @Test
  void anUnknownTokensProtocolIsAUsageError() throws Exception {
    CommandRun run = eval("eval", "ner", "--dataset", tinyDataset().toString(), "--tokens", "spacy");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("--tokens must be gold or own, was: spacy");
  }

  @Test
  void langKeepsOnlyThatLanguage() throws Exception {
    CommandRun run = eval("eval", "ner", "--dataset", tinyDataset().toString(), "--lang", "en");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("tiny_zh: 1 sentences").doesNotContain("hanlp-zh");
  }

  @Test
  void aMalformedDatasetFailsWithItsReasonCode(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"lang\": \"zh\", \"tokens\": [\"a\"], \"tags\": [\"B-XYZ\"]}\n");

    CommandRun run = eval("eval", "ner", "--dataset", bad.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("bad-tag").contains("bad.jsonl:1");
  }
}
