package dev.newsflow.ingest;

import dev.newsflow.common.article.Article;
import dev.newsflow.common.deadletter.DeadLetter;
import dev.newsflow.common.ops.Health;
import dev.newsflow.ingest.canonical.UrlCanonicalizer;
import dev.newsflow.ingest.crawl.FetchOutcome;
import dev.newsflow.ingest.crawl.FetchRequest;
import dev.newsflow.ingest.crawl.PoliteFetcher;
import dev.newsflow.ingest.decode.DecodedPage;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.discover.DiscoveryException;
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
import dev.newsflow.ingest.fetch.Validators;
import dev.newsflow.ingest.metrics.CrawlMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.ArticlePublisher.PublishException;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsRules;
import dev.newsflow.ingest.schedule.PollSchedule;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.state.CrawlRecord;
import dev.newsflow.ingest.state.CrawlState;
import dev.newsflow.ingest.state.HostKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * at stage {@code ingest.discover}.
 *
 * <p>What was published (content hash, ETag, Last-Modified), what failed for good and the
 * validators of fully read feeds, sitemaps and section pages are kept in a {@link CrawlState},
 * written once the article or dead letter is acknowledged. A URL already published is not
 * fetched again until {@link IngestSettings#recheckAfter()} has passed; then it is fetched
 * conditionally and republished, under the same id, only when its content changed. Feeds,
 * sitemaps and section pages are fetched conditionally too: a 304 means nothing new. Their
 * validators are kept only after a pass that handled everything they listed (no transient
 * failure, nothing held back by a limit), so a 304 never hides an article still to fetch.
 *
 * <p>With {@link CrawlState#kafka} the state survives restarts and instances split the work:
 * this instance polls only the sources whose host it owns. A source's host is the {@link HostKey}
 * of its first feed (else sitemap, section page, article URL); all the source's URLs, also those on
 * other hosts, are fetched by the owner of that host and their state lives in its partition. So
 * a source whose articles live on a CDN host is still polled by one instance, but politeness
 * towards that other host is only kept per instance.
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
  private final CrawlState state;
  private final Duration recheckAfter;
  private final CrawlMetrics metrics = new CrawlMetrics();
  private final PollSchedule schedule = new PollSchedule(PollSchedule.Policy.defaults());
  /** The poll interval of sources that configure none; set by {@link #runContinuously}. */
  private volatile Duration defaultInterval = DEFAULT_POLL_INTERVAL;

  /** The poll interval of a source that configures none, when no other is given. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(10);

  /** A service that remembers what it did in memory only, and polls every source it is given. */
  public IngestService(
      ArticlePublisher publisher,
      HttpFetcher fetcher,
      ArticleAssembler assembler,
      IngestSettings settings,
      Clock clock) {
    this(publisher, fetcher, assembler, settings, CrawlState.inMemory(settings.maxRememberedUrls()), clock);
  }

  /**
   * A service that keeps its crawl state in {@code state} and polls only the sources whose host the
   * state says it owns. Closing the service closes the state.
   */
  public IngestService(
      ArticlePublisher publisher,
      HttpFetcher fetcher,
      ArticleAssembler assembler,
      IngestSettings settings,
      CrawlState state,
      Clock clock) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    Objects.requireNonNull(settings, "settings");
    this.state = Objects.requireNonNull(state, "state");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.recheckAfter = settings.recheckAfter();
    this.robots = new RobotsCache(fetcher, settings.robots(), clock);
    this.polite = new PoliteFetcher(
        fetcher.conditional(this::validatorsOf),
        robots,
        settings.perHostDelay(),
        settings.maxConcurrency(),
        settings.maxQueuedFetches(),
        settings.retry(),
        new Random());
    metrics.gauge("queued_fetches", polite::queued);
    metrics.gauge("queued_hosts", polite::queuedHosts);
  }

  /**
   * The host that decides which instance polls {@code source}: that of its first feed, else first
   * sitemap, section page or article URL.
   */
  public static String hostOf(SourceConfig source) {
    List<URI> starts = new ArrayList<>(source.feeds());
    starts.addAll(source.discovery().sitemaps());
    starts.addAll(source.discovery().sections());
    starts.addAll(source.articleUrls());
    return starts.isEmpty() ? "" : HostKey.of(starts.get(0));
  }

  /**
   * This service's counters, per source and host, for an endpoint or a log line; {@link
   * dev.newsflow.ingest.metrics.PrometheusText} writes them for a scraper.
   */
  public CrawlMetrics metrics() {
    return metrics;
  }

  /** Ready once the crawl state knows which hosts this instance owns; not live when it lost them for good. */
  public Health health() {
    return state.health();
  }

  /** Whether this instance polls {@code source} now (it owns the source's {@link #hostOf host}). */
  public boolean owns(SourceConfig source) {
    return state.owns(hostOf(source));
  }

  /** The validators known for {@code url}, to fetch it conditionally; null when there are none. */
  private Validators validatorsOf(URI url) {
    String key = canonicalOrNull(url);
    CrawlRecord known = key == null ? null : state.get(key);
    if (known == null || known.status() == CrawlRecord.Status.FAILED || !known.hasValidators()) {
      return null;
    }
    return new Validators(known.etag(), known.lastModified());
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

  /**
   * One pass over each of {@code sources} whose host this instance owns, their hosts fetched side
   * by side. The first call waits until the crawl state is ready.
   */
  public PollReport pollAll(List<SourceConfig> sources) throws PublishException, InterruptedException {
    return pollAll(sources, () -> false, false);
  }

  /**
   * @param onlyDue poll only the feeds, sitemaps and section pages the adaptive schedule says are
   *     due; otherwise every one that is not retired
   */
  private PollReport pollAll(List<SourceConfig> given, BooleanSupplier stop, boolean onlyDue)
      throws PublishException, InterruptedException {
    state.awaitReady();
    List<SourceConfig> sources = given.stream().filter(s -> state.owns(hostOf(s))).toList();
    if (sources.size() < given.size()) {
      log.debug("{} of {} sources are polled by other instances", given.size() - sources.size(), given.size());
    }
    Map<SourceConfig, Tally> tallies = new IdentityHashMap<>();
    Instant now = clock.instant();
    sources.forEach(s -> tallies.put(s, new Tally(hostOf(s), new SitemapWalk(sitemapPolicy, now))));

    List<FetchRequest<DiscoveryJob>> discovery = new ArrayList<>();
    for (SourceConfig source : sources) {
      Tally tally = tallies.get(source);
      for (URI feed : source.feeds()) {
        if (scheduled(feed, now, onlyDue)) {
          discovery.add(new FetchRequest<>(feed, source.perHostDelay(), new FeedJob(source, tally)));
        }
      }
      for (URI sitemap : source.discovery().sitemaps()) {
        if (scheduled(sitemap, now, onlyDue) && tally.walk.start(sitemap)) {
          discovery.add(new FetchRequest<>(sitemap, source.perHostDelay(), new SitemapJob(source, tally, 0)));
        }
      }
      for (URI section : source.discovery().sections()) {
        if (scheduled(section, now, onlyDue)) {
          discovery.add(new FetchRequest<>(section, source.perHostDelay(), new SectionJob(source, tally)));
        }
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
        CrawlRecord known = key == null ? null : state.get(key);
        if (known != null && !dueAgain(known, now)) {
          tally.skipped.incrementAndGet();
          if (known.status() == CrawlRecord.Status.PUBLISHED) {
            metrics.duplicateSkipped(source.source().id());
          }
          continue;
        }
        if (queued++ >= source.limits().maxArticlesPerPoll()) {
          tally.incomplete.set(true);
          continue; // the next poll gets it
        }
        pages.add(new FetchRequest<>(candidate.link(), source.perHostDelay(), new PageJob(source, candidate, key, tally)));
      }
    }
    polite.fetchAll(pages, this::onPage, stop);

    PollReport total = PollReport.EMPTY;
    for (SourceConfig source : sources) {
      Tally tally = tallies.get(source);
      // Validators only for what this pass handled in full, and only while the host is still ours:
      // else a 304 would keep the next owner from fetching what this pass left out.
      if (!tally.incomplete.get() && !stop.getAsBoolean() && state.owns(tally.host)) {
        for (CrawlRecord listed : tally.takeListed()) {
          state.put(listed);
        }
      }
      PollReport report = tally.report();
      log.info("source {}: {} discovered, {} published, {} skipped, {} failed ({} refused by robots.txt)",
          source.source().id(), report.discovered(), report.published(), report.skipped(), report.failed(),
          report.robotsRefused());
      total = total.plus(report);
    }
    return total;
  }

  /** Whether a discovery page is polled in this pass: never once retired, else when due (or always). */
  private boolean scheduled(URI page, Instant now, boolean onlyDue) {
    return !schedule.retired(page) && (!onlyDue || !schedule.due(page).isAfter(now));
  }

  /** When the first of the source's discovery pages is due again; null when it has none. */
  private Instant nextDue(SourceConfig source) {
    List<URI> pages = new ArrayList<>(source.feeds());
    pages.addAll(source.discovery().sitemaps());
    pages.addAll(source.discovery().sections());
    return pages.stream().filter(p -> !schedule.retired(p)).map(schedule::due).min(Instant::compareTo).orElse(null);
  }

  private Duration intervalOf(SourceConfig source) {
    return source.pollInterval() != null ? source.pollInterval() : defaultInterval;
  }

  /** Whether a URL known from an earlier pass is to be fetched again now. */
  private boolean dueAgain(CrawlRecord known, Instant now) {
    return switch (known.status()) {
      case FAILED -> false;
      case PUBLISHED -> !known.at().plus(recheckAfter).isAfter(now);
      case LISTED -> true;
    };
  }

  /**
   * Polls every source when it is due, again and again, until {@code stop} says so or the thread is
   * interrupted. Each feed, sitemap and section page is re-polled at an interval that adapts to
   * how often it lists new articles, around the source's own poll interval (else {@code interval});
   * see {@link PollSchedule}. Dated sitemaps that stay quiet are retired. Only sources whose host
   * this instance owns are polled; a source whose host it takes over from another instance is due
   * at once.
   *
   * <p>Each source is polled on its own virtual thread as soon as it is due, so a slow host (a
   * long Crawl-delay, many new articles) delays only its own source's next poll, never another's.
   * Hosts stay polite across sources: every poll shares the one {@link PoliteFetcher}. On stop the
   * polls in progress finish what they fetched; a publish failure stops all of them and is thrown.
   */
  public void runContinuously(List<SourceConfig> sources, Duration interval, BooleanSupplier stop)
      throws PublishException, InterruptedException {
    defaultInterval = Objects.requireNonNull(interval, "interval");
    state.awaitReady();
    Map<SourceConfig, Instant> due = new IdentityHashMap<>();
    Instant start = clock.instant();
    sources.forEach(s -> due.put(s, start));
    AtomicReference<PublishException> failure = new AtomicReference<>();
    BooleanSupplier stopPolls = () -> stop.getAsBoolean() || failure.get() != null;
    BlockingQueue<SourceConfig> finished = new LinkedBlockingQueue<>();
    Set<SourceConfig> polling = Collections.newSetFromMap(new IdentityHashMap<>());
    try (ExecutorService polls = Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("newsflow-poll-", 0).factory())) {
      try {
        while (!stopPolls.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
          Instant now = clock.instant();
          List<SourceConfig> owned = sources.stream().filter(s -> state.owns(hostOf(s))).toList();
          for (SourceConfig source : owned) {
            if (!polling.contains(source) && !due.get(source).isAfter(now)) {
              polling.add(source);
              polls.submit(() -> pollOne(source, stopPolls, failure, finished));
            }
          }
          // Ownership may change while we wait (a rebalance), so the wait is short and re-checked.
          Instant next = owned.stream().filter(s -> !polling.contains(s)).map(due::get)
              .min(Instant::compareTo).orElse(now.plus(interval));
          long wait = Math.min(500, Math.max(1, Duration.between(now, next).toMillis()));
          for (SourceConfig done = finished.poll(wait, TimeUnit.MILLISECONDS); done != null;
              done = finished.poll()) {
            polling.remove(done);
            Instant pages = nextDue(done);
            // A source with article URLs only is polled at its plain interval.
            due.put(done, pages != null ? pages : clock.instant().plus(intervalOf(done)));
          }
        }
      } catch (InterruptedException e) {
        polls.shutdownNow(); // the polls drop what they have not fetched yet
        throw e;
      }
    } // closing the executor waits for the polls in progress, which see the stop
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** One source's poll on its own thread; tells {@code finished} when it is over, however it ends. */
  private void pollOne(SourceConfig source, BooleanSupplier stop, AtomicReference<PublishException> failure,
      BlockingQueue<SourceConfig> finished) {
    Instant started = clock.instant();
    try {
      PollReport report = pollAll(List.of(source), stop, true);
      log.debug("poll of source {} done in {} ms: {}", source.source().id(),
          Duration.between(started, clock.instant()).toMillis(), report);
    } catch (PublishException e) {
      failure.compareAndSet(null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A bug in one source's poll must not end the others; the source is polled again when due.
      log.error("poll of source {} failed", source.source().id(), e);
    } finally {
      finished.add(source);
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
    SourceConfig source = job.source();
    String sourceId = source.source().id();
    switch (outcome) {
      case FetchOutcome.Fetched fetched -> {
        FetchResult result = fetched.result();
        metrics.fetched(sourceId, HostKey.of(request.url()),
            result.notModified() ? CrawlMetrics.NOT_MODIFIED : CrawlMetrics.OK, result.body().length);
        if (result.notModified()) {
          log.debug("{} not modified", request.url());
          schedule.polled(request.url(), clock.instant(), PollSchedule.Yield.NOTHING_NEW, intervalOf(source));
          return;
        }
        try {
          int listed = switch (job) {
            case FeedJob feed -> onFeed(feed, result);
            case SitemapJob sitemap -> onSitemap(sitemap, result);
            case SectionJob section -> onSection(section, result);
          };
          metrics.discovered(sourceId, listed, clock.instant());
          Duration next = schedule.polled(request.url(), clock.instant(),
              listed > 0 ? PollSchedule.Yield.NEW_ARTICLES : PollSchedule.Yield.NOTHING_NEW, intervalOf(source));
          if (schedule.retired(request.url())) {
            log.info("retired {}: a dated sitemap that has listed nothing new for a while", request.url());
          } else {
            log.debug("{} listed {} new, next poll in {}", request.url(), listed, next);
          }
          String key = canonicalOrNull(request.url());
          if (key != null && (result.etag() != null || result.lastModified() != null)) {
            job.tally().listed(CrawlRecord.listed(key, job.tally().host, result.etag(), result.lastModified(),
                clock.instant()));
          }
        } catch (DiscoveryException e) {
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
        metrics.fetched(sourceId, HostKey.of(request.url()), failed.reason(), 0);
        schedule.polled(request.url(), clock.instant(), PollSchedule.Yield.FAILED, intervalOf(source));
        job.tally().failed(isRobots(failed));
        if (failed.transientFailure()) {
          job.tally().incomplete.set(true);
        }
        deadLetter(stageOf(failed, "ingest.discover"), failed.reason(), failed.detail(), request.url());
      }
    }
  }

  /** Reads a feed's entries into the pass; returns how many were not known before. */
  private int onFeed(FeedJob job, FetchResult result) throws FeedException {
    List<FeedEntry> entries = feedParser.parse(result.body(), result.finalUrl(), job.source.timeZone());
    int limit = job.source.limits().maxFeedItems();
    return considerAll(job.tally, entries.subList(0, Math.min(limit, entries.size())));
  }

  private int considerAll(Tally tally, List<FeedEntry> entries) {
    int unknown = 0;
    for (FeedEntry entry : entries) {
      String canonical = canonicalOrNull(entry.link());
      tally.consider(entry, canonical != null ? canonical : entry.link().toString());
      if (canonical != null && state.get(canonical) == null) {
        unknown++;
      }
    }
    return unknown;
  }

  /**
   * Reads a sitemap into the pass: an index's recent children are queued (retired ones left out),
   * a URL set's articles considered. Returns the articles not known before, or for an index the
   * children queued (an index that still points at live sitemaps is busy).
   */
  private int onSitemap(SitemapJob job, FetchResult result) throws SitemapException {
    Sitemap sitemap = sitemapParser.parse(result.body(), result.finalUrl(), job.source.timeZone());
    SourceConfig source = job.source;
    return switch (sitemap.kind()) {
      case INDEX -> {
        int queued = 0;
        for (URI child : job.tally.walk.children(sitemap, result.finalUrl(), job.depth)) {
          if (!schedule.retired(child)) {
            job.tally.addChildSitemap(
                new FetchRequest<>(child, source.perHostDelay(), new SitemapJob(source, job.tally, job.depth + 1)));
            queued++;
          }
        }
        yield queued;
      }
      case URL_SET -> considerAll(job.tally, job.tally.walk
          .articles(sitemap, source.discovery().articlePatterns(), source.limits().maxFeedItems()));
    };
  }

  /** Reads a section page's article links into the pass; returns how many were not known before. */
  private int onSection(SectionJob job, FetchResult result) {
    DecodedPage page = pageDecoder.decode(result.body(), result.contentType());
    SourceConfig source = job.source;
    Set<String> sections = new HashSet<>();
    source.discovery().sections().forEach(s -> sections.add(keyOf(s)));
    sections.add(keyOf(result.finalUrl()));
    List<FeedEntry> links = new ArrayList<>();
    for (URI link : SectionPage.articleLinks(
        page.html(), result.finalUrl(), source.discovery().articlePatterns(), source.limits().maxFeedItems())) {
      if (!sections.contains(keyOf(link))) {
        links.add(new FeedEntry(link, null, null));
      }
    }
    return considerAll(job.tally, links);
  }

  private void onPage(FetchRequest<PageJob> request, FetchOutcome outcome) throws PublishException {
    PageJob job = request.context();
    String sourceId = job.source.source().id();
    switch (outcome) {
      case FetchOutcome.Fetched fetched -> {
        FetchResult result = fetched.result();
        metrics.fetched(sourceId, HostKey.of(request.url()),
            result.notModified() ? CrawlMetrics.NOT_MODIFIED : CrawlMetrics.OK, result.body().length);
        CrawlRecord known = job.key == null ? null : state.get(job.key);
        if (result.notModified()) {
          job.tally.skipped.incrementAndGet();
          metrics.duplicateSkipped(sourceId);
          if (known != null) {
            state.put(known.confirmed(result.etag(), result.lastModified(), clock.instant()));
          }
          return;
        }
        Article article;
        try {
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
        String host = job.tally.host;
        CrawlRecord seen = known != null ? known : state.get(article.canonicalUrl());
        boolean unchanged = seen != null && seen.status() == CrawlRecord.Status.PUBLISHED
            && article.contentHash().equals(seen.contentHash());
        if (!unchanged && !state.owns(host)) {
          // Handed to another instance during this pass: the new owner publishes it.
          log.info("not publishing {}: host {} now belongs to another instance", request.url(), host);
          job.tally.incomplete.set(true);
          return;
        }
        var metadata = unchanged ? null : publisher.publish(article);
        CrawlRecord record = CrawlRecord.published(article.canonicalUrl(), host, article.id(), article.contentHash(),
            result.etag(), result.lastModified(), clock.instant());
        state.put(record);
        if (job.key != null && !job.key.equals(article.canonicalUrl())) {
          state.put(record.withUrl(job.key));
        }
        if (unchanged) {
          job.tally.skipped.incrementAndGet();
          metrics.duplicateSkipped(sourceId);
          return;
        }
        job.tally.published.incrementAndGet();
        metrics.published(sourceId, article.published() == null
            ? null : Duration.between(article.published().toInstant(), clock.instant()));
        log.info("published {} [{}] {} -> {}-{}@{}", article.id(), job.source.source().id(), article.title(),
            metadata.topic(), metadata.partition(), metadata.offset());
      }
      case FetchOutcome.Failed failed -> {
        metrics.fetched(sourceId, HostKey.of(request.url()), failed.reason(), 0);
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
    if (transientFailure) {
      job.tally.incomplete.set(true);
    } else if (job.key != null) {
      // Reported once: a page that is gone, holds no article or is closed to us by robots.txt is
      // not fetched again on every pass (which would also repeat its dead letter).
      state.put(CrawlRecord.failed(job.key, job.tally.host, reason, clock.instant()));
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
    state.close();
    fetcher.close();
    publisher.close();
  }

  /** A page that lists articles: a feed, a sitemap or a section page. */
  private sealed interface DiscoveryJob permits FeedJob, SitemapJob, SectionJob {
    SourceConfig source();

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
    final String host;
    final SitemapWalk walk;
    private final List<FetchRequest<DiscoveryJob>> childSitemaps = new ArrayList<>();
    private final List<CrawlRecord> listed = new ArrayList<>();
    /** Something listed was not handled (transient failure, held back by a limit): keep no validators. */
    final AtomicBoolean incomplete = new AtomicBoolean();
    final AtomicInteger discovered = new AtomicInteger();
    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger robotsRefused = new AtomicInteger();

    Tally(String host, SitemapWalk walk) {
      this.host = host;
      this.walk = walk;
    }

    synchronized void listed(CrawlRecord record) {
      listed.add(record);
    }

    synchronized List<CrawlRecord> takeListed() {
      List<CrawlRecord> taken = List.copyOf(listed);
      listed.clear();
      return taken;
    }

    /** Adds a candidate; when it is known already, keeps whichever hint says more about it. */
    void consider(FeedEntry entry) {
      consider(entry, keyOf(entry.link()));
    }

    /** As {@link #consider(FeedEntry)}, with the entry's {@link #keyOf key} already worked out. */
    void consider(FeedEntry entry, String key) {
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
