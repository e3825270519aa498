package dev.newsflow.enrich.bench;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.article.Source;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.evaluate.LangIdSample;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures an {@link Enricher} on a stream of articles in many languages, on one thread, in CPU
 * time (so other work on the machine does not skew the figure): what one core does.
 *
 * <p>The engines are built and every language seen once before the clock starts, so lazily loaded
 * engines count in the load time and heap, not in the throughput.
 */
public final class EnrichBenchmark {
  private static final Source SOURCE = new Source("bench", "Benchmark", null);
  private static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");

  private EnrichBenchmark() {}

  /**
   * Articles built from paragraphs of a language-identification set: {@code perArticle}
   * paragraphs of one language each, languages interleaved as in a multilingual feed.
   */
  public static List<Article> articlesFrom(List<LangIdSample> samples, int perArticle) {
    if (perArticle < 1) {
      throw new IllegalArgumentException("perArticle must be at least 1, was " + perArticle);
    }
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (LangIdSample s : samples) {
      if (s.bucket().equals("paragraph")) {
        byLanguage.computeIfAbsent(s.lang(), k -> new ArrayList<>()).add(s.text().strip());
      }
    }
    List<List<Article>> perLanguage = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byLanguage.entrySet()) {
      List<Article> articles = new ArrayList<>();
      List<String> paragraphs = e.getValue();
      for (int i = 0; i + perArticle <= paragraphs.size(); i += perArticle) {
        List<String> body = paragraphs.subList(i, i + perArticle);
        String url = "https://bench.example/" + e.getKey() + "/" + (i / perArticle);
        articles.add(Article.of(url, url, SOURCE, title(body.get(0)), List.of(), null, null, null, null, null,
            String.join("\n\n", body), FETCHED));
      }
      perLanguage.add(articles);
    }
    List<Article> interleaved = new ArrayList<>();
    for (int round = 0; ; round++) {
      boolean any = false;
      for (List<Article> articles : perLanguage) {
        if (round < articles.size()) {
          interleaved.add(articles.get(round));
          any = true;
        }
      }
      if (!any) {
        return List.copyOf(interleaved);
      }
    }
  }

  /** The first words of a paragraph, as a headline-sized title. */
  private static String title(String paragraph) {
    int end = paragraph.offsetByCodePoints(0, Math.min(paragraph.codePointCount(0, paragraph.length()), 60));
    return paragraph.substring(0, end).strip();
  }

  /**
   * Builds the enricher with {@code factory}, warms it on every article once, then enriches the
   * articles again and again until at least {@code minCpu} of CPU time has been spent.
   *
   * @param progress told about each measured pass, for people watching a long run
   */
  public static Result run(
      Supplier<Enricher> factory, List<Article> articles, Duration minCpu, Consumer<String> progress) {
    Objects.requireNonNull(factory, "factory");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to enrich");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long heapBefore = EngineFootprint.usedHeapAfterGc();
    long loadStartCpu = threads.getCurrentThreadCpuTime();
    long loadStartWall = System.nanoTime();
    Enricher enricher = factory.get();
    for (Article article : articles) {
      enricher.enrich(article); // warm-up: JIT, and every engine a language needs gets loaded
    }
    Duration loadWall = Duration.ofNanos(System.nanoTime() - loadStartWall);
    Duration loadCpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - loadStartCpu);
    long heapLoaded = EngineFootprint.usedHeapAfterGc();

    long enriched = 0;
    long chars = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long cpuSpent = 0;
    int pass = 0;
    while (cpuSpent < minCpu.toNanos()) {
      for (Article article : articles) {
        enricher.enrich(article);
        chars += article.text().length();
      }
      enriched += articles.size();
      cpuSpent = threads.getCurrentThreadCpuTime() - cpuStart;
      progress.accept(String.format(java.util.Locale.ROOT, "pass %d: %d articles in %.1f CPU-s",
          ++pass, enriched, cpuSpent / 1e9));
    }
    java.lang.ref.Reference.reachabilityFence(enricher);
    return new Result(articles.size(), enriched, chars, Duration.ofNanos(cpuSpent), loadWall, loadCpu,
        Math.max(0, heapLoaded - heapBefore), heapLoaded);
  }

  /**
   * What a run measured.
   *
   * @param distinctArticles articles in the stream
   * @param enriched articles enriched while measuring (the stream, several times)
   * @param characters text characters enriched while measuring
   * @param cpu CPU time of the measured passes
   * @param loadWall wall time to build the enricher and enrich each article once
   * @param loadCpu CPU time of the same
   * @param engineHeapBytes heap held once everything is loaded, beyond what was used before
   * @param heapBytes heap in use once everything is loaded, after a collection
   */
  public record Result(
      int distinctArticles, long enriched, long characters, Duration cpu, Duration loadWall, Duration loadCpu,
      long engineHeapBytes, long heapBytes) {

    /** Articles enriched per CPU-second: what one core sustains. */
    public double articlesPerCpuSecond() {
      return enriched / (cpu.toNanos() / 1e9);
    }

    /** For people: one line per figure. */
    public String describe() {
      return String.format(java.util.Locale.ROOT,
          "articles (distinct)     %d%n"
              + "articles enriched       %d (%.1f M characters)%n"
              + "throughput              %.0f articles per CPU-second (one core)%n"
              + "load + first pass       %.1f s wall, %.1f CPU-s%n"
              + "heap, engines loaded    %d MB (%d MB beyond the baseline)%n",
          distinctArticles, enriched, characters / 1e6, articlesPerCpuSecond(), loadWall.toMillis() / 1000.0,
          loadCpu.toMillis() / 1000.0, heapBytes >> 20, engineHeapBytes >> 20);
    }
  }
}
