package dev.newsflow.enrich.evaluate;

import dev.newsflow.common.article.Language;
import dev.newsflow.enrich.language.LanguageDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a {@link LanguageDetector} over a labelled set on the calling thread and scores it.
 *
 * <p>Speed is CPU time of the calling thread (so other load on the machine matters less than with
 * wall time), measured per bucket after a warm-up pass over up to {@value #WARM_UP_TEXTS} texts
 * that lets the JIT compile the detector.
 */
public final class LangIdEvaluation {
  static final int WARM_UP_TEXTS = 3000;

  private final LanguageDetector detector;

  public LangIdEvaluation(LanguageDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** Scores and speed of one run. */
  public record Result(LangIdReport report, List<Speed> speeds, List<Language> predictions) {
    public Result {
      speeds = List.copyOf(speeds);
      predictions = List.copyOf(predictions);
    }

    /** Texts per CPU-second over all buckets. */
    public double textsPerCpuSecond() {
      long texts = speeds.stream().mapToLong(Speed::texts).sum();
      long nanos = speeds.stream().mapToLong(Speed::cpuNanos).sum();
      return nanos == 0 ? Double.NaN : texts * 1e9 / nanos;
    }
  }

  /** {@code texts} of bucket {@code bucket} took {@code cpuNanos} of CPU time. */
  public record Speed(String bucket, long texts, long cpuNanos) {
    public double textsPerCpuSecond() {
      return cpuNanos == 0 ? Double.NaN : texts * 1e9 / cpuNanos;
    }
  }

  /**
   * Detects the language of every sample and scores the answers.
   *
   * @return the report, the speed per bucket and the detector's answer for each sample, in order
   */
  public Result run(List<LangIdSample> samples) {
    for (int i = 0; i < Math.min(WARM_UP_TEXTS, samples.size()); i++) {
      // spread the warm-up over the whole set so every bucket and script is seen
      detector.detect(samples.get((int) ((long) i * samples.size() / Math.min(WARM_UP_TEXTS, samples.size()))).text());
    }
    Map<String, List<Integer>> indicesByBucket = new LinkedHashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      indicesByBucket.computeIfAbsent(samples.get(i).bucket(), b -> new ArrayList<>()).add(i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    Language[] answers = new Language[samples.size()];
    List<Speed> speeds = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> bucket : indicesByBucket.entrySet()) {
      long start = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      for (int i : bucket.getValue()) {
        answers[i] = detector.detect(samples.get(i).text());
      }
      long took = (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
      speeds.add(new Speed(bucket.getKey(), bucket.getValue().size(), took));
    }
    speeds.sort(java.util.Comparator.comparingInt(s -> order(s.bucket())));
    LangIdScorer scorer = new LangIdScorer(detector.languages());
    for (int i = 0; i < samples.size(); i++) {
      scorer.add(samples.get(i), answers[i].tag());
    }
    return new Result(scorer.report(), speeds, List.of(answers));
  }

  private static int order(String bucket) {
    int index = LangIdScorer.BUCKET_ORDER.indexOf(bucket);
    return index < 0 ? LangIdScorer.BUCKET_ORDER.size() : index;
  }
}
