package dev.newsflow.enrich.bench;

import dev.newsflow.common.article.EntityCoverage;
import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.entities.EntityFindings;
import dev.newsflow.enrich.entities.EntityRecognizers;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one language's entity engine costs to hold: the heap it keeps once loaded and the time it
 * takes to load, measured alone (built, used on one text, then dropped before the next language),
 * so an operator can size the heap for the languages they switch on.
 *
 * @param language ISO 639-1 code
 * @param engine the engine's name, or {@code none} when the language has no engine
 * @param heapBytes heap held by the loaded engine after a forced collection
 * @param loadWall wall time to load it and recognise the sample text
 * @param loadCpu CPU time of the same, on this thread
 * @param loaded whether the engine loaded (its model was there and readable)
 */
public record EngineFootprint(
    String language, String engine, long heapBytes, Duration loadWall, Duration loadCpu, boolean loaded) {

  public EngineFootprint {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(engine, "engine");
  }

  /**
   * Loads the engine that {@code engines} gives for {@code language} and recognises {@code
   * sample} with it, measuring the heap it keeps and the load time.
   *
   * @param engines a fresh set of engines, not loaded yet; measured and then let go
   */
  public static EngineFootprint measure(Supplier<EntityRecognizers> engines, String language, String sample) {
    Language lang = new Language(language, null, 1.0);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long heapBefore = usedHeapAfterGc();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    EntityRecognizers recognizers = engines.get();
    EntityFindings findings = recognizers.find(sample, lang);
    Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
    Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
    long heapAfter = usedHeapAfterGc();
    Reference.reachabilityFence(recognizers);
    String engine = findings.engine() == null ? "none" : findings.engine();
    boolean loaded = findings.coverage() == EntityCoverage.ENGINE;
    return new EngineFootprint(language, engine, Math.max(0, heapAfter - heapBefore), wall, cpu, loaded);
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** One line of a table: language, engine, heap, load time. */
  public String describe() {
    if (!loaded) {
      return String.format(Locale.ROOT, "%-4s %-28s not loaded", language, engine);
    }
    return String.format(Locale.ROOT, "%-4s %-28s %6d MB heap  %5.1f s load (%.1f CPU-s)",
        language, engine, heapBytes >> 20, loadWall.toMillis() / 1000.0, loadCpu.toMillis() / 1000.0);
  }
}
