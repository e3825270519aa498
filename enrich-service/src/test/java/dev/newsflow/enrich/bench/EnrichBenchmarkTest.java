package dev.newsflow.enrich.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.common.article.Article;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.evaluate.LangIdSample;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichBenchmarkTest {

  private static final List<LangIdSample> SAMPLES = List.of(
      new LangIdSample("The council met on Tuesday to discuss the budget for the coming year.", "en", "paragraph", "paragraph"),
      new LangIdSample("Members argued about the cost of the new bridge over the river.", "en", "paragraph", "paragraph"),
      new LangIdSample("Le conseil s'est réuni mardi pour discuter du budget de l'année prochaine.", "fr", "paragraph", "paragraph"),
      new LangIdSample("Les membres ont débattu du coût du nouveau pont sur la rivière.", "fr", "paragraph", "paragraph"),
      new LangIdSample("Bonjour", "fr", "short", "word"),
      new LangIdSample("Der Rat tagte am Dienstag, um über den Haushalt des kommenden Jahres zu beraten.", "de", "paragraph", "paragraph"));

  @Test
  void articlesTakeParagraphsOfOneLanguageAndInterleaveLanguages() {
    List<Article> articles = EnrichBenchmark.articlesFrom(SAMPLES, 2);

    // German has one paragraph only: not enough for an article of two.
    assertThat(articles).extracting(Article::url)
        .containsExactly("https://bench.example/en/0", "https://bench.example/fr/0");
    assertThat(articles.get(1).text()).isEqualTo(
        SAMPLES.get(2).text() + "\n\n" + SAMPLES.get(3).text());
    assertThat(articles.get(1).title()).startsWith("Le conseil s'est réuni mardi");
  }

  @Test
  void oneParagraphPerArticleInterleavesRoundRobin() {
    assertThat(EnrichBenchmark.articlesFrom(SAMPLES, 1)).extracting(Article::url).containsExactly(
        "https://bench.example/en/0", "https://bench.example/fr/0", "https://bench.example/de/0",
        "https://bench.example/en/1", "https://bench.example/fr/1");
  }

  @Test
  void runEnrichesTheStreamUntilTheCpuBudgetIsSpentAndReportsProgress() {
    List<Article> articles = EnrichBenchmark.articlesFrom(SAMPLES, 1);
    List<String> progress = new ArrayList<>();

    EnrichBenchmark.Result result = EnrichBenchmark.run(
        () -> Enricher.withDefaults(Clock.systemUTC()), articles, Duration.ofMillis(200), progress::add);

    assertThat(result.distinctArticles()).isEqualTo(5);
    assertThat(result.enriched()).isPositive().isEqualTo(5L * progress.size());
    assertThat(result.cpu()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(result.heapBytes()).isPositive();
    assertThat(result.articlesPerCpuSecond()).isPositive();
    assertThat(result.describe()).contains("articles per CPU-second");
  }

  @Test
  void anEmptyStreamIsRefused() {
    assertThatThrownBy(() -> EnrichBenchmark.run(() -> Enricher.withDefaults(Clock.systemUTC()), List.of(),
        Duration.ofMillis(1), s -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no articles");
  }
}
