package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
  /** "l'Ariège" as gold has it: one token, a location. */
  private static final NerSample FRENCH = new NerSample("fr",
      List.of("Il", "vit", "dans", "l'Ariège", "."), List.of("O", "O", "O", "B-LOC", "O"));

  /**
   * Splits its own way at apostrophes (as French tokenizers do) and labels the word after "l'" a
   * location; given tokens, labels the token holding an apostrophe whole.
   */
  private static final class ElisionSplitter implements EntityRecognizer {
    final List<List<TokenSpan>> given = new ArrayList<>();

    @Override
    public String engine() {
      return "split-fr";
    }

    @Override
    public boolean supports(Language language) {
      return language.code().equals("fr");
    }

    @Override
    public List<EntityMention> recognize(String text, Language language) {
      int elision = text.indexOf("l'");
      return elision < 0 ? List.of()
          : List.of(new EntityMention(elision + 2, text.indexOf(' ', elision) < 0 ? text.length()
              : text.indexOf(' ', elision), EntityType.LOCATION));
    }

    @Override
    public List<EntityMention> recognize(String text, List<TokenSpan> tokens, Language language) {
      given.add(tokens);
      return tokens.stream().filter(t -> text.substring(t.start(), t.end()).contains("'"))
          .map(t -> new EntityMention(t.start(), t.end(), EntityType.LOCATION)).toList();
    }
  }

  private static NerRun run(ElisionSplitter engine, NerTokenization tokenization) {
    EntityRecognizers recognizers = EntityRecognizers.builder().add("fr", engine.engine(), () -> engine).build();
    return new NerEvaluator(recognizers, tokenization).run(new NerDataset("fr-test", List.of(FRENCH)));
  }

  @Test
  void onGoldTokensTheEngineGetsEachGoldTokenAsItsSpanInTheText() {
    ElisionSplitter engine = new ElisionSplitter();

    NerRun run = run(engine, NerTokenization.GOLD);

    assertThat(engine.given).singleElement().isEqualTo(FRENCH.tokenSpans());
    assertThat(FRENCH.tokenSpans()).extracting(t -> FRENCH.text().substring(t.start(), t.end()))
        .containsExactlyElementsOf(FRENCH.tokens());
    assertThat(run.predictions()).containsExactly(List.of("O", "O", "O", "B-LOC", "O"));
    assertThat(run.score().withoutMisc().f1()).isEqualTo(100.0);
  }

  @Test
  void onItsOwnTokensTheEngineTokenisesTheSpaceJoinedSentence() {
    ElisionSplitter engine = new ElisionSplitter();

    NerRun run = run(engine, NerTokenization.OWN);

    assertThat(engine.given).isEmpty();
    // "Ariège" covers 6 of the token's 8 characters: the token is tagged all the same
    assertThat(run.predictions()).containsExactly(List.of("O", "O", "O", "B-LOC", "O"));
  }

  @Test
  void goldTokensAreTheDefaultProtocol() {
    assertThat(new NerEvaluator(EntityRecognizers.none()).tokenization()).isEqualTo(NerTokenization.GOLD);
  }

  @Test
  void enginesWithoutATokenisedPathTokeniseThemselves() {
    EntityRecognizer plain = new EntityRecognizer() {
      @Override
      public String engine() {
        return "plain-fr";
      }

      @Override
      public boolean supports(Language language) {
        return true;
      }

      @Override
      public List<EntityMention> recognize(String text, Language language) {
        int at = text.indexOf("Il");
        return List.of(new EntityMention(at, at + 2, EntityType.PERSON));
      }
    };
    EntityRecognizers recognizers = EntityRecognizers.builder().add("fr", "plain-fr", () -> plain).build();

    NerRun run = new NerEvaluator(recognizers, NerTokenization.GOLD).run(new NerDataset("fr-test", List.of(FRENCH)));

    assertThat(run.predictions()).containsExactly(List.of("B-PER", "O", "O", "O", "O"));
  }
}
