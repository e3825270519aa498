package dev.newsflow.cli;

import dev.newsflow.ingest.crawl.FetchOutcome;
import dev.newsflow.ingest.crawl.FetchRequest;
import dev.newsflow.ingest.crawl.PoliteFetcher;
import dev.newsflow.ingest.crawl.RetryPolicy;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsSettings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Crawls a {@link LoopbackWeb} with the production fetch stack ({@link HttpFetcher}, {@link
 * RobotsCache}, {@link PoliteFetcher}; loopback allowed explicitly) and measures it: the rate the
 * hosts saw against the politeness limit, and the CPU spent per page.
 */
final class CrawlBenchmark {

  /**
   * @param delay the per-host delay
   * @param duration the crawl stops after this long, or earlier when every page is fetched
   * @param pagesPerHost article pages queued per host
   * @param concurrency fetches at once across all hosts
   * @param maxQueued URLs the fetcher holds at once (the rest wait in the request iterator)
   */
  record Settings(Duration delay, Duration duration, int pagesPerHost, int concurrency, int maxQueued) {
    Settings {
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(duration, "duration");
      if (delay.isZero() || delay.isNegative() || duration.isNegative()) {
        throw new IllegalArgumentException("delay must be positive and duration not negative");
      }
      if (pagesPerHost < 1 || concurrency < 1 || maxQueued < 1) {
        throw new IllegalArgumentException("pages per host, concurrency and queue size must be >= 1");
      }
    }
  }

  /**
   * What a crawl did.
   *
   * @param seconds from the first request submitted to the last outcome
   * @param requests requests the hosts answered, robots.txt included
   * @param steadyPerSecond the sum of each host's rate between its first and last request
   * @param pages article pages fetched
   * @param failures failed URLs by reason
   * @param minGapNanos the shortest time between two requests to one host
   * @param processCpuNanos CPU time of the whole process during the crawl
   * @param webCpuNanos the part of it the simulated web's thread used
   */
  record Result(
      int hosts,
      Duration delay,
      double seconds,
      long requests,
      long robotsRequests,
      double steadyPerSecond,
      long pages,
      Map<String, Long> failures,
      long minGapNanos,
      long processCpuNanos,
      long webCpuNanos) {

    /** Hosts ÷ delay: the most requests per second politeness allows. */
    double limit() {
      return hosts / (delay.toNanos() / 1e9);
    }

    double ratio() {
      return steadyPerSecond / limit();
    }

    double cpuMillisPerPage() {
      return pages == 0 ? Double.NaN : processCpuNanos / 1e6 / pages;
    }

    double crawlerCpuMillisPerPage() {
      return pages == 0 ? Double.NaN : (processCpuNanos - webCpuNanos) / 1e6 / pages;
    }

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "crawl       %d hosts, delay %d ms, %.1f s%n", hosts, delay.toMillis(), seconds));
      out.append(String.format(Locale.ROOT, "requests    %d (robots.txt %d, pages fetched %d, failed %d%s)%n",
          requests, robotsRequests, pages, failures.values().stream().mapToLong(Long::longValue).sum(),
          failures.isEmpty() ? "" : " " + failures));
      out.append(String.format(Locale.ROOT, "fetches/s   %.1f   politeness limit %.1f (hosts / delay)   ratio %.3f%n",
          steadyPerSecond, limit(), ratio()));
      out.append(String.format(Locale.ROOT, "            (all requests / whole run: %.1f/s; shortest gap at one host: %.1f ms)%n",
          requests / seconds, minGapNanos == Long.MAX_VALUE ? Double.NaN : minGapNanos / 1e6));
      out.append(String.format(Locale.ROOT, "CPU         %.2f s process = %.3f ms per page; without the simulated web's thread %.3f ms per page%n",
          processCpuNanos / 1e9, cpuMillisPerPage(), crawlerCpuMillisPerPage()));
      return out.toString();
    }
  }

  private CrawlBenchmark() {}

  /** Crawls {@code web} and reports progress on {@code progress} every five seconds. */
  static Result run(LoopbackWeb web, Settings settings, PrintWriter progress) throws InterruptedException {
    FetchSettings d = FetchSettings.defaults();
    FetchSettings fetchSettings = new FetchSettings(d.userAgent(), d.connectTimeout(), d.requestTimeout(),
        d.maxBodyBytes(), d.maxRedirects(), AddressPolicy.allowingLoopback());
    LongAdder pages = new LongAdder();
    Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (HttpFetcher fetcher = new HttpFetcher(fetchSettings);
         PoliteFetcher polite = new PoliteFetcher(fetcher,
             new RobotsCache(fetcher, RobotsSettings.defaults(), Clock.systemUTC()),
             settings.delay(), settings.concurrency(), settings.maxQueued(), RetryPolicy.defaults(), new Random(1))) {
      long cpuBefore = os.getProcessCpuTime();
      long webCpuBefore = web.cpuNanos();
      long start = System.nanoTime();
      long end = start + settings.duration().toNanos();
      Thread reporter = Thread.ofPlatform().daemon().name("newsflow-bench-progress").start(() -> {
        try {
          while (true) {
            Thread.sleep(5_000);
            double s = (System.nanoTime() - start) / 1e9;
            progress.printf(Locale.ROOT, "%6.1f s  %d requests  %.0f/s so far  %d pages%n",
                s, web.requests(), web.requests() / s, pages.sum());
            progress.flush();
          }
        } catch (InterruptedException e) {
          // The crawl is over.
        }
      });
      try {
        polite.fetchEach(requests(web, settings.pagesPerHost()), (request, outcome) -> {
          if (outcome instanceof FetchOutcome.Fetched) {
            pages.increment();
          } else if (outcome instanceof FetchOutcome.Failed f) {
            failures.computeIfAbsent(f.reason(), r -> new LongAdder()).increment();
          }
        }, () -> System.nanoTime() - end > 0);
      } finally {
        reporter.interrupt();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long cpu = os.getProcessCpuTime() - cpuBefore;
      long webCpu = web.cpuNanos() - webCpuBefore;
      web.close();
      Map<String, Long> failed = new TreeMap<>();
      failures.forEach((reason, n) -> failed.put(reason, n.sum()));
      return new Result(web.hosts(), settings.delay(), seconds, web.requests(), web.robotsRequests(),
          web.steadyRequestsPerSecond(), pages.sum(), failed, web.minGapNanos(), cpu, webCpu);
    }
  }

  /** Page 0 of every host, then page 1 of every host, ...: made as the fetcher has room. */
  static Iterator<FetchRequest<Void>> requests(LoopbackWeb web, int pagesPerHost) {
    return new Iterator<>() {
      private long next;
      private final long total = (long) pagesPerHost * web.hosts();

      @Override
      public boolean hasNext() {
        return next < total;
      }

      @Override
      public FetchRequest<Void> next() {
        long n = next++;
        return new FetchRequest<>(web.article((int) (n % web.hosts()), (int) (n / web.hosts())), Duration.ZERO, null);
      }
    };
  }
}
