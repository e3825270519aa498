import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractionException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Pages per CPU-second of decoding plus extraction, one thread, per dataset folder: a first run
 * over at least 500 pages warms the JIT up and is not counted, then five rounds of at least 500
 * pages are timed and the median round is printed. CPU time of the whole process (the garbage collector's
 * threads included, as Node's process.cpuUsage counts them for Readability.js) rather than wall
 * time, so that other work on the machine does not move the figure. Run with the newsflow jar on the class path:
 * {@code java -cp newsflow.jar ExtractionCpuRate.java DATASET_DIR}.
 */
public class ExtractionCpuRate {
  private static final int MIN_PAGES = 500;
  private static final int ROUNDS = 5;

  public static void main(String[] args) throws Exception {
    ArticleExtractor extractor = new ArticleExtractor();
    PageDecoder decoder = new PageDecoder();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of(args[0]))) {
      dirs.filter(d -> Files.isDirectory(d.resolve("pages"))).sorted().forEach(sets::add);
    }
    for (Path set : sets) {
      List<byte[]> bodies = new ArrayList<>();
      try (Stream<Path> files = Files.list(set.resolve("pages"))) {
        for (Path page : files.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            bodies.add(in.readAllBytes());
          }
        }
      }
      // Small sets are run several times over, so that both the warm-up and the measured part see
      // at least MIN_PAGES pages: the JIT needs a few hundred pages before the figure settles.
      int passes = Math.max(1, (MIN_PAGES + bodies.size() - 1) / bodies.size());
      for (int pass = 0; pass < passes; pass++) {
        extractAll(extractor, decoder, bodies);
      }
      // Rounds of at least MIN_PAGES pages each; the median round is the figure, so that a round
      // slowed by other work on the machine or a late JIT compilation does not decide it.
      double[] rates = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        long start = os.getProcessCpuTime();
        for (int pass = 0; pass < passes; pass++) {
          extractAll(extractor, decoder, bodies);
        }
        double seconds = (os.getProcessCpuTime() - start) / 1e9;
        rates[round] = (double) passes * bodies.size() / seconds;
      }
      double[] sorted = rates.clone();
      Arrays.sort(sorted);
      System.out.printf("%s\t%d pages\t%.1f pages per CPU-second\t(median of %d rounds: %s)%n",
          set.getFileName(), bodies.size(), sorted[ROUNDS / 2], ROUNDS,
          Arrays.stream(rates).mapToObj(r -> String.format("%.1f", r)).toList());
    }
  }

  private static void extractAll(ArticleExtractor extractor, PageDecoder decoder, List<byte[]> bodies) {
    for (byte[] body : bodies) {
      try {
        extractor.extract(decoder.decode(body, null), URI.create("https://example.org/"), null);
      } catch (ExtractionException e) {
        // Counted like any page: the work was done.
      }
    }
  }
}
