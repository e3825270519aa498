package dev.newsflow.enrich.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LangIdScorerTest {

  private static LangIdSample sample(String lang, String bucket, String kind) {
    return new LangIdSample("some text", lang, bucket, kind);
  }

  /**
   * A hand-made table: en 3 of 4 right in short, de 1 of 2, xx (unsupported) 0 of 2; in sentence
   * everything right but one de.
   */
  private static LangIdReport handMadeReport() {
    LangIdScorer scorer = new LangIdScorer(Set.of("en", "de", "fr"));
    scorer.add(sample("en", "short", "word"), "en");
    scorer.add(sample("en", "short", "word"), "en-Latn");
    scorer.add(sample("en", "short", "pair"), "EN");
    scorer.add(sample("en", "short", "pair"), "und");
    scorer.add(sample("de", "short", "word"), "de");
    scorer.add(sample("de", "short", "pair"), "nl");
    scorer.add(sample("xx", "short", "word"), "de");
    scorer.add(sample("xx", "short", "pair"), null);
    scorer.add(sample("en", "sentence", "sentence"), "en");
    scorer.add(sample("de", "sentence", "sentence"), "de");
    scorer.add(sample("de", "sentence", "sentence"), "en");
    return scorer.report();
  }

  @Test
  void macroAccuracyIsTheMeanOfPerLanguageAccuraciesOverSupportedLanguages() {
    LangIdReport.GroupScore shortBucket = handMadeReport().bucket("short").orElseThrow();

    assertThat(shortBucket.texts()).isEqualTo(8);
    assertThat(shortBucket.correct()).isEqualTo(4);
    assertThat(shortBucket.macroSupported()).isCloseTo((0.75 + 0.5) / 2, within(1e-9));
    assertThat(shortBucket.macroAll()).isCloseTo((0.75 + 0.5 + 0.0) / 3, within(1e-9));
    assertThat(shortBucket.micro()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void languagesAreThoseOfTheGoldLabelsAndSupportedOnlyThoseAmongThem() {
    LangIdReport report = handMadeReport();

    assertThat(report.languages()).containsExactly("de", "en", "xx");
    assertThat(report.supported()).containsExactlyInAnyOrder("de", "en");
  }

  @Test
  void bucketsComeShortestFirstAndKindsByName() {
    LangIdReport report = handMadeReport();

    assertThat(report.buckets()).extracting(LangIdReport.GroupScore::name).containsExactly("short", "sentence");
    assertThat(report.kinds()).extracting(LangIdReport.GroupScore::name).containsExactly("pair", "sentence", "word");
    LangIdReport.GroupScore words = report.kinds().get(2);
    assertThat(words.byLanguage().get("en")).isEqualTo(new LangIdReport.Tally(2, 2));
    assertThat(words.byLanguage().get("xx")).isEqualTo(new LangIdReport.Tally(1, 0));
  }

  @Test
  void mistakesAreCountedMostFrequentFirstWithNoAnswerAsUnd() {
    LangIdReport report = handMadeReport();

    assertThat(report.confusions()).containsExactly(
        new LangIdReport.Confusion("de", "en", 1),
        new LangIdReport.Confusion("de", "nl", 1),
        new LangIdReport.Confusion("en", "und", 1),
        new LangIdReport.Confusion("xx", "de", 1),
        new LangIdReport.Confusion("xx", "und", 1));
  }

  @Test
  void aDetectorThatDoesNotNameItsLanguagesIsScoredOnAllOfThem() {
    LangIdScorer scorer = new LangIdScorer(Set.of());
    scorer.add(sample("en", "short", "word"), "en");
    scorer.add(sample("xx", "short", "word"), "en");

    LangIdReport.GroupScore score = scorer.report().buckets().get(0);
    assertThat(score.macroSupported()).isCloseTo(0.5, within(1e-9));
    assertThat(score.macroAll()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aSupportedNorwegianIsNorwegianBokmal() {
    LangIdScorer scorer = new LangIdScorer(Set.of("no"));
    scorer.add(sample("nb", "short", "word"), "no");

    assertThat(scorer.report().supported()).containsExactly("nb");
    assertThat(scorer.report().buckets().get(0).macroSupported()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "en, en", "zh-Hans, zh", "zh_CN, zh", "ZH-tw, zh", "no, nb", "iw, he", "cmn, zh", "pes, fa",
      "zsm, ms", "und, null", "'', null", "'  ', null", "null, null", "und-Latn, null", "fil, fil"})
  void answersAreComparedByTheirLanguageSubtag(String tag, String comparable) {
    assertThat(LanguageCodes.comparable(tag)).isEqualTo(comparable);
  }

  @Test
  void emptySetGivesNoGroups() {
    LangIdReport report = new LangIdScorer(Set.of("en")).report();

    assertThat(report.buckets()).isEmpty();
    assertThat(report.languages()).isEqualTo(List.of());
  }
}
