package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.language.LanguageDetector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LangIdEvaluationTest {
  /** Says English for text starting with "the", German for "der", nothing otherwise. */
  private static final LanguageDetector FIRST_WORD = new LanguageDetector() {
    @Override
    public Language detect(String text) {
      if (text.startsWith("the ")) {
        return new Language("en", "Latn", 0.9);
      }
      if (text.startsWith("der ")) {
        return new Language("de", "Latn", 0.9);
      }
      return Language.undetermined();
    }

    @Override
    public Set<String> languages() {
      return Set.of("en", "de");
    }
  };

  @Test
  void scoresEveryTextAndKeepsTheAnswersInInputOrder() {
    List<LangIdSample> samples = List.of(
        new LangIdSample("the house", "en", "short", "pair"),
        new LangIdSample("der Hund ist groß und braun", "de", "sentence", "sentence"),
        new LangIdSample("het huis", "nl", "short", "pair"),
        new LangIdSample("the dog is big and brown", "de", "sentence", "sentence"));

    LangIdEvaluation.Result result = new LangIdEvaluation(FIRST_WORD).run(samples);

    assertThat(result.predictions()).extracting(Language::code).containsExactly("en", "de", "und", "en");
    assertThat(result.speeds()).extracting(LangIdEvaluation.Speed::bucket).containsExactly("short", "sentence");
    assertThat(result.speeds()).extracting(LangIdEvaluation.Speed::texts).containsExactly(2L, 2L);
    LangIdReport report = result.report();
    assertThat(report.supported()).containsExactlyInAnyOrder("en", "de");
    assertThat(report.bucket("short").orElseThrow().macroSupported()).isEqualTo(1.0);
    assertThat(report.bucket("short").orElseThrow().macroAll()).isEqualTo(0.5);
    assertThat(report.bucket("sentence").orElseThrow().macroSupported()).isEqualTo(0.5);
  }
}
