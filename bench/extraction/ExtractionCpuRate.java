import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractionException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Pages per CPU-second of decoding plus extraction, one thread, per dataset folder: the first pass
 * warms the JIT up and is not counted. CPU time of the whole process (the garbage collector's
 * threads included, as Node's process.cpuUsage counts them for Readability.js) rather than wall
 * time, so that other work on the machine does not move the figure. Run with the newsflow jar on the class path:
 * {@code java -cp newsflow.jar ExtractionCpuRate.java DATASET_DIR}.
 */
public class ExtractionCpuRate {
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
      double seconds = 0;
      for (int pass = 0; pass < 2; pass++) {
        long start = os.getProcessCpuTime();
        for (byte[] body : bodies) {
          try {
            extractor.extract(decoder.decode(body, null), URI.create("https://example.org/"), null);
          } catch (ExtractionException e) {
            // Counted like any page: the work was done.
          }
        }
        seconds = (os.getProcessCpuTime() - start) / 1e9;
      }
      System.out.printf("%s\t%d pages\t%.1f pages per CPU-second%n",
          set.getFileName(), bodies.size(), bodies.size() / seconds);
    }
  }
}
