import dev.newsflow.ingest.decode.PageDecoder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The floor under extraction speed: decoding plus Jsoup parsing alone, one thread, over every
 * page of the datasets in a folder. Run with the newsflow jar on the class path:
 * {@code java -cp newsflow.jar JsoupParseRate.java DATASET_DIR}.
 */
public class JsoupParseRate {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(pages::add);
    }
    List<byte[]> bodies = new ArrayList<>();
    for (Path page : pages) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        bodies.add(in.readAllBytes());
      }
    }
    PageDecoder decoder = new PageDecoder();
    long nodes = 0;
    long start = System.nanoTime();
    for (byte[] body : bodies) {
      nodes += Jsoup.parse(decoder.decode(body, null).html()).getAllElements().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("jsoup-parse-only\t%d pages\t%.1f pages/s\t(%d elements)%n",
        bodies.size(), bodies.size() / seconds, nodes);
  }
}
