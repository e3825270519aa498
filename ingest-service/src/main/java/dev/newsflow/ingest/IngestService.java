package dev.newsflow.ingest;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.ingest.canonical.UrlCanonicalizer;
import dev.newsflow.ingest.crawl.FetchOutcome;
import dev.newsflow.ingest.crawl.FetchRequest;
import dev.newsflow.ingest.crawl.PoliteFetcher;
import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.discover.FeedEntry;
import dev.newsflow.ingest.discover.FeedException;
import dev.newsflow.ingest.discover.FeedParser;
import dev.newsflow.ingest.discover.SectionPage;
import dev.newsflow.ingest.discover.Sitemap;
import dev.newsflow.ingest.discover.SitemapException;
import dev.newsflow.ingest.discover.SitemapParser;
import dev.newsflow.ingest.discover.SitemapPolicy;
import dev.newsflow.ingest.discover.SitemapWalk;
import dev.newsflow.ingest.extract.ExtractionException;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsRules;
import dev.newsflow.ingest.source.SourceConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline: discover article URLs (feeds, sitemaps and indexes, sitemaps listed in
 * robots.txt, section pages), fetch each page, decode and extract it, publish the clean article. Every page or feed that fails becomes a dead letter with the reason; nothing
 * stops the pass.
 *
 * <p>Fetching is polite and concurrent (see {@link PoliteFetcher}): robots.txt is obeyed, one
 * request per host at a time with a delay between requests, hosts take turns, transient failures
 * are retried with backoff. A poll first reads every feed, sitemap and section page of the
 * sources (then child sitemaps, level by level), then fetches their new articles, each once
 * however many places listed it. A feed, sitemap or section page that fails becomes a dead letter
 * at stage {@code ingest.discover}. Published URLs are remembered in memory only (bounded), so a restarted instance
 * fetches them again and republishes them under the same article id: harmless for consumers that
 * key on the id, and fixed when crawl state moves to Kafka.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  private final ArticlePublisher publisher;
  private final HttpFetcher fetcher;
  private final PoliteFetcher polite;
  private final RobotsCache robots;
  private final FeedParser feedParser = new FeedParser();
  private final SitemapParser sitemapParser = new SitemapParser();
  private final SitemapPolicy sitemapPolicy = SitemapPolicy.defaults();
  private final PageDecoder pageDecoder = new PageDecoder();
  private final ArticleAssembler assembler;
  private final Clock clock;
  private final Map<String, String> publishedHashByUrl;
  private final Map<String, String> permanentFailureByUrl;

  public IngestService(
      ArticlePublisher publisher,
      HttpFetcher fetcher,
      ArticleAssembler assembler,
      IngestSettings settings,
      Clock clock) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.robots = new RobotsCache(fetcher, settings.robots(), clock);
    this.polite = new PoliteFetcher(
        fetcher,
        robots,
        settings.perHostDelay(),
        settings.maxConcurrency(),
        settings.maxQueuedFetches(),
        settings.retry(),
        new Random());
    this.publishedHashByUrl = boundedMap(settings.maxRememberedUrls());
    this.permanentFailureByUrl = boundedMap(settings.maxRememberedUrls());
  }

  /** A thread-safe map that forgets its least recently used entries beyond {@code capacity}. */
  private static Map<String, String> boundedMap(int capacity) {
    return java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    });
  }

  /**
   * One pass over {@code source}: the articles of its feeds, sitemaps and section pages, and its
   * article URLs.
   *
   * @throws PublishException when Kafka does not take a record: the pass stops, since going on
   *     would fetch pages whose articles could not be kept
   */
  public PollReport poll(SourceConfig source) throws PublishException, InterruptedException {
    return pollAll(List.of(source));
  }

  /** One pass over each of {@code sources}, their hosts fetched side by side. */
  public PollReport pollAll(List<SourceConfig> sources) throws PublishException, InterruptedException {
    return pollAll(sources, () -> false);
  }

  private PollReport pollAll(List<SourceConfig> sources, BooleanSupplier stop)
      throws PublishException, InterruptedException {
    Map<SourceConfig, Tally> tallies = new IdentityHashMap<>();
    Instant now = clock.instant();
    sources.forEach(s -> tallies.put(s, new Tally(new SitemapWalk(sitemapPolicy, now))));

    List<FetchRequest<DiscoveryJob>> discovery = new ArrayList<>();
    for (SourceConfig source : sources) {
      Tally tally = tallies.get(source);
      for (URI feed : source.feeds()) {
        discovery.add(new FetchRequest<>(feed, source.perHostDelay(), new FeedJob(source, tally)));
      }
      for (URI sitemap : source.discovery().sitemaps()) {
        if (tally.walk.start(sitemap)) {
          discovery.add(new FetchRequest<>(sitemap, source.perHostDelay(), new SitemapJob(source, tally, 0)));
        }
      }
      for (URI section : source.discovery().sections()) {
        discovery.add(new FetchRequest<>(section, source.perHostDelay(), new SectionJob(source, tally)));
      }
    }
    polite.fetchAll(discovery, this::onDiscovery, stop);
    // Child sitemaps, and those robots.txt lists (read while fetching the above), round by round;
    // the walk's depth bound and its memory of what it started end the loop.
    boolean robotsSitemapsAdded = false;
    while (!stop.getAsBoolean()) {
      List<FetchRequest<DiscoveryJob>> next = new ArrayList<>();
      sources.forEach(s -> next.addAll(tallies.get(s).takeChildSitemaps()));
      if (!robotsSitemapsAdded) {
        robotsSitemapsAdded = true;
        sources.forEach(s -> next.addAll(robotsSitemaps(s, tallies.get(s))));
      }
      if (next.isEmpty()) {
        break;
      }
      polite.fetchAll(next, this::onDiscovery, stop);
    }

    List<FetchRequest<PageJob>> pages = new ArrayList<>();
    for (SourceConfig source : sources) {
      Tally tally = tallies.get(source);
      for (URI url : source.articleUrls()) {
        tally.consider(new FeedEntry(url, null, null));
      }
      tally.discovered.set(tally.candidates.size());
      int queued = 0;
      for (FeedEntry candidate : tally.candidates.values()) {
        String key = canonicalOrNull(candidate.link());
        if (key != null && (publishedHashByUrl.containsKey(key) || permanentFailureByUrl.containsKey(key))) {
          tally.skipped.incrementAndGet();
          continue;
        }
        if (queued++ >= source.limits().maxArticlesPerPoll()) {
          continue; // the next poll gets it
        }
        pages.add(new FetchRequest<>(candidate.link(), source.perHostDelay(), new PageJob(source, candidate, key, tally)));
      }
    }
    polite.fetchAll(pages, this::onPage, stop);

    PollReport total = PollReport.EMPTY;
    for (SourceConfig source : sources) {
      PollReport report = tallies.get(source).report();
      log.info("source {}: {} discovered, {} published, {} skipped, {} failed ({} refused by robots.txt)",
          source.source().id(), report.discovered(), report.published(), report.skipped(), report.failed(),
          report.robotsRefused());
      total = total.plus(report);
    }
    return total;
  }

  /**
   * Polls every source when it is due (its own poll interval, else {@code interval}), again and
   * again, until {@code stop} says so or the thread is interrupted.
   */
  public void runContinuously(List<SourceConfig> sources, Duration interval, BooleanSupplier stop)
      throws PublishException, InterruptedException {
    Map<SourceConfig, Instant> due = new IdentityHashMap<>();
    Instant start = clock.instant();
    sources.forEach(s -> due.put(s, start));
    while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      Instant started = clock.instant();
      List<SourceConfig> now = sources.stream().filter(s -> !due.get(s).isAfter(started)).toList();
      if (!now.isEmpty()) {
        PollReport total = pollAll(now, stop);
        for (SourceConfig s : now) {
          due.put(s, started.plus(s.pollInterval() != null ? s.pollInterval() : interval));
        }
        log.info("pass over {} sources done in {} ms: {}", now.size(),
            Duration.between(started, clock.instant()).toMillis(), total);
      }
      Instant next = due.values().stream().min(Instant::compareTo).orElse(started.plus(interval));
      while (!stop.getAsBoolean() && clock.instant().isBefore(next)) {
        Thread.sleep(Math.min(500, Math.max(1, Duration.between(clock.instant(), next).toMillis())));
      }
    }
  }

  /** The sitemaps robots.txt lists for the source's hosts, when the source asks for them. */
  private List<FetchRequest<DiscoveryJob>> robotsSitemaps(SourceConfig source, Tally tally) {
    if (!source.discovery().sitemapsFromRobots()) {
      return List.of();
    }
    List<URI> starts = new ArrayList<>(source.feeds());
    starts.addAll(source.discovery().sitemaps());
    starts.addAll(source.discovery().sections());
    List<FetchRequest<DiscoveryJob>> requests = new ArrayList<>();
    Set<String> hosts = new HashSet<>();
    for (URI start : starts) {
      RobotsRules rules = hosts.add(start.getScheme() + "://" + start.getRawAuthority()) ? robots.cached(start) : null;
      if (rules == null) {
        continue; // the host was not reached this poll (or is not known): nothing to read
      }
      for (URI sitemap : rules.sitemaps()) {
        if (tally.walk.start(sitemap)) {
          requests.add(new FetchRequest<>(sitemap, source.perHostDelay(), new SitemapJob(source, tally, 0)));
        }
      }
    }
    return requests;
  }

  private void onDiscovery(FetchRequest<DiscoveryJob> request, FetchOutcome outcome) throws PublishException {
    DiscoveryJob job = request.context();
    switch (outcome) {
      case FetchOutcome.Fetched fetched -> {
        FetchResult result = fetched.result();
        try {
          switch (job) {
            case FeedJob feed -> onFeed(feed, result);
            case SitemapJob sitemap -> onSitemap(sitemap, result);
            case SectionJob section -> onSection(section, result);
          }
        } catch (FeedException e) {
          job.tally().failed(false);
          deadLetter("ingest.discover", e.reason(), e.getMessage(), request.url());
        } catch (SitemapException e) {
          job.tally().failed(false);
          deadLetter("ingest.discover", e.reason(), e.getMessage(), request.url());
        } catch (RuntimeException e) {
          // A bug in a parser must cost one discovery page, not the pass.
          log.error("discovery crashed on {}", request.url(), e);
          job.tally().failed(false);
          deadLetter("ingest.discover", "discover-error", e.toString(), request.url());
        }
      }
      case FetchOutcome.Failed failed -> {
        job.tally().failed(isRobots(failed));
        deadLetter(stageOf(failed, "ingest.discover"), failed.reason(), failed.detail(), request.url());
      }
    }
  }

  private void onFeed(FeedJob job, FetchResult result) throws FeedException {
    List<FeedEntry> entries = feedParser.parse(result.body(), result.finalUrl(), job.source.timeZone());
    int limit = job.source.limits().maxFeedItems();
    entries.subList(0, Math.min(limit, entries.size())).forEach(job.tally::consider);
  }

  private void onSitemap(SitemapJob job, FetchResult result) throws SitemapException {
    Sitemap sitemap = sitemapParser.parse(result.body(), result.finalUrl(), job.source.timeZone());
    SourceConfig source = job.source;
    switch (sitemap.kind()) {
      case INDEX -> {
        for (URI child : job.tally.walk.children(sitemap, result.finalUrl(), job.depth)) {
          job.tally.addChildSitemap(
              new FetchRequest<>(child, source.perHostDelay(), new SitemapJob(source, job.tally, job.depth + 1)));
        }
      }
      case URL_SET -> job.tally.walk
          .articles(sitemap, source.discovery().articlePatterns(), source.limits().maxFeedItems())
          .forEach(job.tally::consider);
    }
  }

  private void onSection(SectionJob job, FetchResult result) {
    DecodedPage page = pageDecoder.decode(result.body(), result.contentType());
    SourceConfig source = job.source;
    Set<String> sections = new HashSet<>();
    source.discovery().sections().forEach(s -> sections.add(keyOf(s)));
    sections.add(keyOf(result.finalUrl()));
    for (URI link : SectionPage.articleLinks(
        page.html(), result.finalUrl(), source.discovery().articlePatterns(), source.limits().maxFeedItems())) {
      if (!sections.contains(keyOf(link))) {
        job.tally.consider(new FeedEntry(link, null, null));
      }
    }
  }

  private void onPage(FetchRequest<PageJob> request, FetchOutcome outcome) throws PublishException {
    PageJob job = request.context();
    switch (outcome) {
      case FetchOutcome.Fetched fetched -> {
        Article article;
        try {
          FetchResult result = fetched.result();
          article = assembler.assemble(
              job.source, result.finalUrl(), result.body(), result.contentType(), result.fetchedAt(), job.candidate);
        } catch (ExtractionException e) {
          failPage(job, "ingest.extract", e.reason(), e.getMessage(), false);
          return;
        } catch (RuntimeException e) {
          // A bug in extraction must cost one page, not the worker.
          log.error("extraction crashed on {}", request.url(), e);
          failPage(job, "ingest.extract", "extractor-error", e.toString(), false);
          return;
        }
        if (article.contentHash().equals(publishedHashByUrl.get(article.canonicalUrl()))) {
          job.tally.skipped.incrementAndGet();
          return;
        }
        var metadata = publisher.publish(article);
        publishedHashByUrl.put(article.canonicalUrl(), article.contentHash());
        if (job.key != null) {
          publishedHashByUrl.put(job.key, article.contentHash());
        }
        job.tally.published.incrementAndGet();
        log.info("published {} [{}] {} -> {}-{}@{}", article.id(), job.source.source().id(), article.title(),
            metadata.topic(), metadata.partition(), metadata.offset());
      }
      case FetchOutcome.Failed failed -> {
        job.tally.failed(isRobots(failed));
        failPage(job, stageOf(failed, "ingest.fetch"), failed.reason(), failed.detail(), failed.transientFailure());
      }
    }
  }

  private void failPage(PageJob job, String stage, String reason, String detail, boolean transientFailure)
      throws PublishException {
    if (stage.equals("ingest.extract")) {
      job.tally.failed(false);
    }
    deadLetter(stage, reason, detail, job.candidate.link());
    if (!transientFailure && job.key != null) {
      // Reported once: a page that is gone, holds no article or is closed to us by robots.txt is
      // not fetched again on every pass (which would also repeat its dead letter).
      permanentFailureByUrl.put(job.key, reason);
    }
  }

  private static boolean isRobots(FetchOutcome.Failed failed) {
    return failed.reason().startsWith("robots-");
  }

  /** Robots refusals are reported at the fetch stage whatever was being fetched. */
  private static String stageOf(FetchOutcome.Failed failed, String stage) {
    return isRobots(failed) ? "ingest.fetch" : stage;
  }

  /** The canonical form of {@code url}, or the URL as written when it has none. */
  private static String keyOf(URI url) {
    String key = canonicalOrNull(url);
    return key != null ? key : url.toString();
  }

  private static String canonicalOrNull(URI url) {
    try {
      return UrlCanonicalizer.canonicalize(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void deadLetter(String stage, String reason, String detail, URI url) throws PublishException {
    log.warn("{} failed for {}: {} ({})", stage, url, reason, detail);
    publisher.publish(DeadLetter.forUrl(stage, reason, detail, url.toString(), clock.instant()));
  }

  @Override
  public void close() {
    polite.close();
    fetcher.close();
    publisher.close();
  }

  /** A page that lists articles: a feed, a sitemap or a section page. */
  private sealed interface DiscoveryJob permits FeedJob, SitemapJob, SectionJob {
    Tally tally();
  }

  private record FeedJob(SourceConfig source, Tally tally) implements DiscoveryJob {}

  /** A sitemap {@code depth} index levels below a configured (or robots.txt) sitemap. */
  private record SitemapJob(SourceConfig source, Tally tally, int depth) implements DiscoveryJob {}

  private record SectionJob(SourceConfig source, Tally tally) implements DiscoveryJob {}

  private record PageJob(SourceConfig source, FeedEntry candidate, String key, Tally tally) {}

  /** Counts of one source's pass, updated from worker threads. */
  private static final class Tally {
    /** Article candidates by canonical URL, so that one article found twice is fetched once. */
    final Map<String, FeedEntry> candidates = new LinkedHashMap<>();
    final SitemapWalk walk;
    private final List<FetchRequest<DiscoveryJob>> childSitemaps = new ArrayList<>();
    final AtomicInteger discovered = new AtomicInteger();
    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger robotsRefused = new AtomicInteger();

    Tally(SitemapWalk walk) {
      this.walk = walk;
    }

    /** Adds a candidate; when it is known already, keeps whichever hint says more about it. */
    void consider(FeedEntry entry) {
      String key = keyOf(entry.link());
      synchronized (candidates) {
        FeedEntry known = candidates.get(key);
        if (known == null || detail(entry) > detail(known)) {
          candidates.put(key, known == null ? entry : new FeedEntry(known.link(), entry.title(), entry.published()));
        }
      }
    }

    private static int detail(FeedEntry e) {
      return (e.title() == null ? 0 : 1) + (e.published() == null ? 0 : 1);
    }

    synchronized void addChildSitemap(FetchRequest<DiscoveryJob> request) {
      childSitemaps.add(request);
    }

    synchronized List<FetchRequest<DiscoveryJob>> takeChildSitemaps() {
      List<FetchRequest<DiscoveryJob>> taken = List.copyOf(childSitemaps);
      childSitemaps.clear();
      return taken;
    }

    void failed(boolean byRobots) {
      failed.incrementAndGet();
      if (byRobots) {
        robotsRefused.incrementAndGet();
      }
    }

    PollReport report() {
      return new PollReport(discovered.get(), published.get(), skipped.get(), failed.get(), robotsRefused.get());
    }
  }
}
