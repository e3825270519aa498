package dev.newsflow.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench crawl}: polite crawling speed and frontier memory on a simulated web. */
@Command(
    name = "crawl",
    header = "Crawls a simulated web of many loopback hosts and measures rate, CPU and frontier memory.",
    mixinStandardHelpOptions = true,
    description = {
      "Queues URLS (--frontier) into a crawl frontier and reports the heap it holds per URL (forced GC",
      "before and after). Then starts HOSTS web servers on 127.77.x.y (one thread for all), crawls their",
      "robots.txt and article pages with the real fetcher, robots cache and polite scheduler, and reports",
      "fetches per second beside the politeness limit (hosts / delay) and CPU per page (whole process,",
      "and without the simulated web's thread). Progress goes to stderr, the figures to stdout."
    })
final class CrawlBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--hosts", defaultValue = "1000", paramLabel = "HOSTS", description = "Simulated hosts (default: ${DEFAULT-VALUE}).")
  int hosts;

  @Option(names = "--delay", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "DELAY",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  Duration delay;

  @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "TIME",
      description = "Stop crawling after this long, or when every page is fetched (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--pages-per-host", defaultValue = "100", paramLabel = "N", description = "Article pages per host (default: ${DEFAULT-VALUE}).")
  int pagesPerHost;

  @Option(names = "--frontier", defaultValue = "1000000", paramLabel = "URLS",
      description = "URLs to queue for the memory measurement; 0 skips it (default: ${DEFAULT-VALUE}).")
  int frontier;

  @Option(names = "--concurrency", defaultValue = "64", paramLabel = "N", description = "Fetches at once across hosts (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--max-queued", defaultValue = "100000", paramLabel = "N",
      description = "URLs the crawler holds at once; more are made as room frees up (default: ${DEFAULT-VALUE}).")
  int maxQueued;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (hosts < 1 || frontier < 0) {
      throw new IllegalArgumentException("--hosts must be >= 1 and --frontier >= 0");
    }
    CrawlBenchmark.Settings settings = new CrawlBenchmark.Settings(delay, duration, pagesPerHost, concurrency, maxQueued);
    if (frontier > 0) {
      err.printf(Locale.ROOT, "queuing %d URLs over %d hosts into a frontier...%n", frontier, hosts);
      err.flush();
      FrontierFootprint footprint = FrontierFootprint.measure(frontier, hosts, i -> URI.create(
          "http://127.77." + (i % hosts / 250) + "." + (1 + i % hosts % 250) + ":40000" + LoopbackWeb.articlePath(i / hosts)));
      out.print(footprintReport(footprint));
      out.flush();
    }
    err.printf(Locale.ROOT, "starting %d hosts on 127.77.x.y; crawling for up to %.1f s...%n", hosts, duration.toMillis() / 1000.0);
    err.flush();
    try (LoopbackWeb web = new LoopbackWeb(hosts)) {
      CrawlBenchmark.Result result = CrawlBenchmark.run(web, settings, err);
      out.print(result.report());
    }
    out.flush();
    return 0;
  }

  static String footprintReport(FrontierFootprint f) {
    return String.format(Locale.ROOT,
        "frontier    %d URLs over %d hosts: heap %.1f MB -> %.1f MB after forced GC = %.1f bytes per queued URL"
            + " (encoded %.1f bytes per URL)%n",
        f.urls(), f.hosts(), f.heapBefore() / 1e6, f.heapAfter() / 1e6, f.bytesPerUrl(), f.encodedBytesPerUrl());
  }
}
