import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Extracts synthetic pages of growing size (up to 10 MB by default) and prints, per size, the CPU
 * time and the peak heap used while extracting. CPU time that grows faster than the page betrays
 * quadratic work; peak heap should stay a small multiple of the page. Run with the newsflow jar on
 * the class path and a heap cap, e.g.
 * {@code java -Xmx512m -cp newsflow.jar LargePageHeap.java [MAX_MB]}.
 */
public class LargePageHeap {
  public static void main(String[] args) throws Exception {
    int maxMb = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    ArticleExtractor extractor = new ArticleExtractor();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.println("shape\tpage-MB\tcpu-s\tpeak-heap-MB\ttext-chars");
    for (String shape : new String[] {"flat", "deep"}) {
      for (double mb : new double[] {maxMb / 8.0, maxMb / 4.0, maxMb / 2.0, maxMb}) {
        measure(extractor, threads, shape, shape.equals("flat") ? page((int) (mb * 1024 * 1024))
            : deepPage((int) (mb * 1024 * 1024)));
      }
    }
  }

  private static void measure(ArticleExtractor extractor, ThreadMXBean threads, String shape, byte[] page)
      throws Exception {
    {
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long baseline = heapUsed();
      long cpu = threads.getCurrentThreadCpuTime();
      ExtractedArticle article = extractor.extract(page, "text/html; charset=utf-8",
          URI.create("https://example.org/big"), null);
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf("%s\t%.2f\t%.2f\t%d\t%d%n", shape, page.length / 1048576.0, seconds,
          Math.max(0, peak - baseline) / 1048576, article.text().length());
    }
  }

  /** Unclosed blocks, each holding a paragraph: a stack as deep as the page is long. */
  static byte[] deepPage(int bytes) {
    StringBuilder html = new StringBuilder(bytes + 4096);
    html.append("<!doctype html><html><head><title>Deep page</title></head><body>");
    int i = 0;
    while (html.length() < bytes) {
      html.append("<div><p>Level ").append(i++).append(", a sentence with a comma, and some more words.</p>");
    }
    html.append("</body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * A page as long pages are: a menu, an article with many paragraphs, links, lists and a table,
   * a deep stack of layout blocks, and a long comment thread.
   */
  static byte[] page(int bytes) {
    StringBuilder html = new StringBuilder(bytes + 4096);
    html.append("<!doctype html><html><head><title>Big page</title></head><body>");
    html.append("<nav><a href=/>Home</a> <a href=/news>News</a></nav><div class=main><article>");
    int i = 0;
    while (html.length() < bytes * 0.6) {
      html.append("<div class=row><div class=col><p>Paragraph ").append(i)
          .append(" of a very long report, with a <a href=/x").append(i).append(">link</a>, ")
          .append("several clauses, figures such as 12,345 and 67.8 per cent, and 中文字符 too.</p>");
      if (i % 20 == 0) {
        html.append("<ul><li>First point of a list</li><li>Second point of a list</li></ul>")
            .append("<table><tr><td>cell one</td><td>cell two</td></tr></table>");
      }
      html.append("</div></div>");
      i++;
    }
    html.append("</article></div><div id=comments>");
    while (html.length() < bytes) {
      html.append("<div class=comment><p>Reader ").append(i++).append(" says: well written, thanks.</p></div>");
    }
    html.append("</div></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
