package dev.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.ingest.crawl.FetchOutcome.Failed;
import dev.newsflow.ingest.crawl.FetchOutcome.Fetched;
import dev.newsflow.ingest.crawl.SimulatedWeb.Host;
import dev.newsflow.ingest.crawl.SimulatedWeb.Response;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Politeness, robots.txt and retries, seen from the servers of a simulated web. */
class PoliteFetcherTest {
  private static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5));

  private final SimulatedWeb web = new SimulatedWeb();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final Map<URI, FetchOutcome> outcomes = new ConcurrentHashMap<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
    web.close();
  }

  private PoliteFetcher polite(Duration perHostDelay, int concurrency, int maxQueued, RetryPolicy retry, RobotsSettings robots) {
    return polite(perHostDelay, concurrency, maxQueued, retry, robots, AddressPolicy.allowingLoopback());
  }

  private PoliteFetcher polite(
      Duration perHostDelay, int concurrency, int maxQueued, RetryPolicy retry, RobotsSettings robots, AddressPolicy addresses) {
    FetchSettings d = FetchSettings.defaults();
    HttpFetcher fetcher = new HttpFetcher(new FetchSettings(
        d.userAgent(), d.connectTimeout(), Duration.ofSeconds(10), d.maxBodyBytes(), d.maxRedirects(), addresses));
    PoliteFetcher polite = new PoliteFetcher(fetcher, new RobotsCache(fetcher, robots, Clock.systemUTC()),
        perHostDelay, concurrency, maxQueued, retry, new Random(7));
    closeables.add(fetcher);
    closeables.add(polite);
    return polite;
  }

  private PoliteFetcher polite(Duration perHostDelay) {
    return polite(perHostDelay, 4, 100, FAST_RETRIES, RobotsSettings.defaults());
  }

  private void fetchAll(PoliteFetcher polite, URI... urls) throws InterruptedException {
    List<FetchRequest<Void>> requests = new ArrayList<>();
    for (URI url : urls) {
      requests.add(new FetchRequest<>(url, Duration.ZERO, null));
    }
    polite.fetchAll(requests, (request, outcome) -> outcomes.put(request.url(), outcome), () -> false);
  }

  @Test
  void robotsGroupForOurProductTokenDecidesWithTheLongestMatch() throws Exception {
    Host site = web.host().robots("""
        User-agent: *
        Disallow: /

        User-agent: newsflow
        Disallow: /private/
        Allow: /private/open
        """).page("/news/1", "one").page("/private/secret", "no").page("/private/open-letter", "yes");

    fetchAll(polite(Duration.ZERO), site.url("/news/1"), site.url("/private/secret"), site.url("/private/open-letter"));

    assertThat(outcomes.get(site.url("/news/1"))).isInstanceOf(Fetched.class);
    assertThat(outcomes.get(site.url("/private/open-letter"))).isInstanceOf(Fetched.class);
    assertThat(outcomes.get(site.url("/private/secret"))).isEqualTo(
        new Failed("robots-disallowed", "robots.txt of " + site.address + " disallows /private/secret", false, 0));
    assertThat(site.paths()).containsOnlyOnce("/robots.txt").doesNotContain("/private/secret");
    assertThat(site.hits()).allSatisfy(hit -> assertThat(hit.userAgent()).startsWith("newsflow/"));
  }

  @Test
  void redirectWithinTheHostWaitsTheHostDelayAndObeysRobotsTxt() throws Exception {
    Duration delay = Duration.ofMillis(300);
    Host site = web.host().robots("User-agent: *\nDisallow: /private/\n")
        .route("/old", call -> new Response(301, Map.of("Location", "/new"), ""))
        .page("/new", "moved here")
        .route("/leak", call -> new Response(302, Map.of("Location", "/private/memo"), ""))
        .page("/private/memo", "no");

    fetchAll(polite(delay), site.url("/old"), site.url("/leak"));

    assertThat(outcomes.get(site.url("/old"))).isInstanceOf(Fetched.class);
    assertThat(outcomes.get(site.url("/leak"))).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo("robots-disallowed"));
    assertThat(site.paths()).doesNotContain("/private/memo").contains("/old", "/new", "/leak");
    assertThat(Duration.ofNanos(site.minGapNanos())).isGreaterThanOrEqualTo(delay);
  }

  @Test
  void robotsNotFoundAllowsEverything() throws Exception {
    Host site = web.host().page("/a", "a").page("/b", "b");

    fetchAll(polite(Duration.ZERO), site.url("/a"), site.url("/b"));

    assertThat(outcomes.values()).allSatisfy(o -> assertThat(o).isInstanceOf(Fetched.class));
    assertThat(site.paths()).containsExactlyInAnyOrder("/robots.txt", "/a", "/b");
  }

  @Test
  void robotsServerErrorDisallowsTheHostUntilRobotsTxtIsTriedAgain() throws Exception {
    Host site = web.host()
        .route("/robots.txt", call -> call == 1 ? Response.status(500) : Response.status(404))
        .page("/a", "a");
    RobotsSettings retryAtOnce = new RobotsSettings("newsflow", Duration.ofHours(24), Duration.ZERO, Duration.ofSeconds(30), 100);
    PoliteFetcher polite = polite(Duration.ZERO, 2, 10, FAST_RETRIES, retryAtOnce);

    fetchAll(polite, site.url("/a"));
    assertThat(outcomes.get(site.url("/a"))).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo("robots-unavailable");
      assertThat(f.transientFailure()).isTrue();
    });
    assertThat(site.paths()).containsExactly("/robots.txt");

    fetchAll(polite, site.url("/a"));
    assertThat(outcomes.get(site.url("/a"))).isInstanceOf(Fetched.class);
    assertThat(site.paths()).containsExactly("/robots.txt", "/robots.txt", "/a");
  }

  @Test
  void robotsServerErrorIsRememberedForAWhile() throws Exception {
    Host site = web.host().route("/robots.txt", call -> Response.status(503)).page("/a", "a");
    PoliteFetcher polite = polite(Duration.ZERO);

    fetchAll(polite, site.url("/a"));
    fetchAll(polite, site.url("/a"));

    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  @Test
  void crawlDelayKeepsRequestsToTheHostApartEvenWithoutAConfiguredDelay() throws Exception {
    Host site = web.host().robots("User-agent: *\nCrawl-delay: 1\n").page("/a", "a").page("/b", "b");

    fetchAll(polite(Duration.ZERO), site.url("/a"), site.url("/b"));

    assertThat(site.paths()).hasSize(3);
    assertThat(site.minGapNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void configuredDelayKeepsRequestsToEachHostApartWithOneInFlightPerHost() throws Exception {
    List<Host> hosts = List.of(web.host(), web.host(), web.host());
    List<URI> urls = new ArrayList<>();
    for (Host host : hosts) {
      host.answerAfterMillis = 30;
      for (int i = 0; i < 4; i++) {
        host.page("/p" + i, "page " + i);
        urls.add(host.url("/p" + i));
      }
    }
    Duration delay = Duration.ofMillis(200);

    fetchAll(polite(delay, 8, 100, FAST_RETRIES, RobotsSettings.defaults()), urls.toArray(URI[]::new));

    assertThat(outcomes).hasSize(12).allSatisfy((url, o) -> assertThat(o).isInstanceOf(Fetched.class));
    for (Host host : hosts) {
      assertThat(host.paths()).hasSize(5); // robots.txt and four pages
      assertThat(host.minGapNanos()).as("gap at %s", host.address).isGreaterThanOrEqualTo(delay.toNanos());
      assertThat(host.maxInFlight.get()).as("requests in flight at %s", host.address).isEqualTo(1);
    }
    assertThat(web.maxInFlightEverywhere.get()).as("hosts were fetched side by side").isGreaterThan(1);
  }

  @Test
  void globalConcurrencyLimitHoldsAcrossHosts() throws Exception {
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Host host = web.host().page("/a", "a");
      host.answerAfterMillis = 50;
      urls.add(host.url("/a"));
    }

    fetchAll(polite(Duration.ZERO, 2, 100, FAST_RETRIES, RobotsSettings.defaults()), urls.toArray(URI[]::new));

    assertThat(outcomes).hasSize(6);
    assertThat(web.maxInFlightEverywhere.get()).isLessThanOrEqualTo(2);
  }

  @Test
  void hostsTakeTurnsSoABigHostDoesNotStarveASmallOne() throws Exception {
    Host big = web.host();
    Host small = web.host().page("/s0", "s").page("/s1", "s");
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      big.page("/b" + i, "b");
      urls.add(big.url("/b" + i));
    }
    urls.add(small.url("/s0"));
    urls.add(small.url("/s1"));

    fetchAll(polite(Duration.ofMillis(50), 1, 100, FAST_RETRIES, RobotsSettings.defaults()), urls.toArray(URI[]::new));

    List<String> order = web.hits.stream().map(h -> h.host() + h.path()).toList();
    int lastSmall = order.indexOf(small.address + "/s1");
    int fourthBig = order.indexOf(big.address + "/b3");
    assertThat(lastSmall).isPositive().isLessThan(fourthBig);
  }

  @Test
  void serviceUnavailableWithRetryAfterIsRetriedAfterTheWaitAndThenSucceeds() throws Exception {
    Host site = web.host().route("/busy", call -> call == 1
        ? new Response(503, Map.of("Retry-After", "1"), "")
        : Response.ok("finally"));

    fetchAll(polite(Duration.ZERO), site.url("/busy"));

    assertThat(outcomes.get(site.url("/busy"))).isInstanceOfSatisfying(Fetched.class, f -> {
      assertThat(f.attempts()).isEqualTo(2);
      assertThat(new String(f.result().body())).isEqualTo("finally");
    });
    List<SimulatedWeb.Hit> busy = site.hits().stream().filter(h -> h.path().equals("/busy")).toList();
    assertThat(busy).hasSize(2);
    assertThat(busy.get(1).arrivedNanos() - busy.get(0).arrivedNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void retryAfterBeyondTheCapLeavesTheUrlForTheNextPoll() throws Exception {
    Host site = web.host().route("/later", call -> new Response(429, Map.of("Retry-After", "3600"), ""));

    fetchAll(polite(Duration.ZERO), site.url("/later"));

    assertThat(outcomes.get(site.url("/later"))).isEqualTo(new Failed("http-status", outcomesDetail(site.url("/later")), true, 1));
    assertThat(site.paths()).containsExactly("/robots.txt", "/later");
  }

  private String outcomesDetail(URI url) {
    return ((Failed) outcomes.get(url)).detail();
  }

  @Test
  void transientFailuresAreRetriedUpToTheCapWithBackoff() throws Exception {
    Host site = web.host().route("/broken", call -> Response.status(500));

    fetchAll(polite(Duration.ZERO), site.url("/broken"));

    assertThat(outcomes.get(site.url("/broken"))).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo("http-status");
      assertThat(f.transientFailure()).isTrue();
      assertThat(f.attempts()).isEqualTo(FAST_RETRIES.maxAttempts());
    });
    List<SimulatedWeb.Hit> tries = site.hits().stream().filter(h -> h.path().equals("/broken")).toList();
    assertThat(tries).hasSize(3);
    // Jittered backoff is at least half the nominal delay: 10 ms, then 20 ms.
    assertThat(tries.get(1).arrivedNanos() - tries.get(0).arrivedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(10).toNanos());
    assertThat(tries.get(2).arrivedNanos() - tries.get(1).arrivedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
  }

  @Test
  void permanentFailuresAreNotRetried() throws Exception {
    Host site = web.host();

    fetchAll(polite(Duration.ZERO), site.url("/gone"));

    assertThat(outcomes.get(site.url("/gone"))).isInstanceOfSatisfying(Failed.class, f -> {
      assertThat(f.reason()).isEqualTo("http-status");
      assertThat(f.transientFailure()).isFalse();
      assertThat(f.attempts()).isEqualTo(1);
    });
    assertThat(site.paths()).containsExactly("/robots.txt", "/gone");
  }

  @Test
  void robotsTxtGoesThroughTheAddressGuard() throws Exception {
    Host site = web.host().page("/a", "a");
    PoliteFetcher polite = polite(Duration.ZERO, 1, 10, FAST_RETRIES, RobotsSettings.defaults(), AddressPolicy.publicOnly());

    fetchAll(polite, site.url("/a"));

    assertThat(outcomes.get(site.url("/a"))).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo("address-refused"));
    assertThat(site.hits()).isEmpty();
  }

  @Test
  void boundedQueueMakesSubmissionWaitInsteadOfGrowing() throws Exception {
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Host host = web.host();
      for (int j = 0; j < 4; j++) {
        host.page("/p" + j, "p");
        urls.add(host.url("/p" + j));
      }
    }
    PoliteFetcher polite = polite(Duration.ZERO, 2, 3, FAST_RETRIES, RobotsSettings.defaults());
    AtomicInteger maxQueued = new AtomicInteger();
    List<FetchRequest<Void>> requests = urls.stream().map(u -> new FetchRequest<Void>(u, null, null)).toList();

    polite.fetchAll(requests, (request, outcome) -> {
      maxQueued.accumulateAndGet(polite.queued(), Math::max);
      outcomes.put(request.url(), outcome);
    }, () -> false);

    assertThat(outcomes).hasSize(12);
    assertThat(maxQueued.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void handlerFailureStopsTheRestAndIsRethrown() throws Exception {
    Host site = web.host();
    List<FetchRequest<Void>> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      site.page("/p" + i, "p");
      requests.add(new FetchRequest<>(site.url("/p" + i), Duration.ofMillis(100), null));
    }
    AtomicInteger handled = new AtomicInteger();

    assertThatThrownBy(() -> polite(Duration.ZERO).fetchAll(requests, (request, outcome) -> {
      handled.incrementAndGet();
      throw new IOException("kafka is down");
    }, () -> false)).isInstanceOf(IOException.class).hasMessage("kafka is down");
    assertThat(handled.get()).isEqualTo(1);
  }

  @Test
  void stopDropsWhatIsLeft() throws Exception {
    Host site = web.host();
    List<FetchRequest<Void>> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      site.page("/p" + i, "p");
      requests.add(new FetchRequest<>(site.url("/p" + i), Duration.ofMillis(100), null));
    }
    AtomicInteger handled = new AtomicInteger();

    polite(Duration.ZERO).fetchAll(requests, (request, outcome) -> handled.incrementAndGet(), () -> handled.get() >= 2);

    assertThat(handled.get()).isEqualTo(2);
    assertThat(site.paths()).hasSizeLessThan(6);
  }

  @Test
  void fetchEachReadsRequestsOnlyAsRoomFreesUp() throws Exception {
    Host site = web.host();
    Host other = web.host();
    int total = 10;
    for (int i = 0; i < total; i++) {
      site.page("/p" + i, "p");
      other.page("/p" + i, "p");
    }
    PoliteFetcher polite = polite(Duration.ZERO, 2, 3, FAST_RETRIES, RobotsSettings.defaults());
    AtomicInteger maxAccepted = new AtomicInteger();
    Map<Integer, URI> contexts = new ConcurrentHashMap<>();
    List<String> readTooEarly = new ArrayList<>();
    Iterator<FetchRequest<Integer>> lazy = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < 2 * total;
      }

      @Override
      public FetchRequest<Integer> next() {
        maxAccepted.accumulateAndGet(polite.accepted(), Math::max);
        if (contexts.size() < next - 3) {
          readTooEarly.add("request " + next + " read when " + contexts.size() + " were done");
        }
        Host host = next % 2 == 0 ? site : other;
        int n = next++;
        return new FetchRequest<>(host.url("/p" + n / 2), Duration.ZERO, n);
      }
    };

    polite.fetchEach(lazy, (request, outcome) -> {
      assertThat(outcome).isInstanceOf(Fetched.class);
      contexts.put(request.context(), request.url());
    }, () -> false);

    assertThat(contexts).hasSize(2 * total);
    assertThat(contexts.get(7)).isEqualTo(other.url("/p3"));
    assertThat(readTooEarly).isEmpty();
    assertThat(maxAccepted.get()).isLessThanOrEqualTo(3);
    assertThat(polite.accepted()).isZero();
  }

  @Test
  void aUrlTooLongToQueueFailsWithBadUrlAndTheRestGoOn() throws Exception {
    Host site = web.host().page("/ok", "ok");
    URI huge = site.url("/?q=" + "x".repeat(Frontier.MAX_URL_BYTES));

    fetchAll(polite(Duration.ZERO), huge, site.url("/ok"));

    assertThat(outcomes.get(huge)).isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).isEqualTo("bad-url"));
    assertThat(outcomes.get(site.url("/ok"))).isInstanceOf(Fetched.class);
    assertThat(site.paths()).containsExactly("/robots.txt", "/ok");
  }

  @Test
  void theHandlerGetsARequestEqualToTheOneSubmitted() throws Exception {
    Host site = web.host().page("/a", "a");
    FetchRequest<String> submitted = new FetchRequest<>(site.url("/a?x=1#top"), Duration.ofMillis(123), "context");
    List<FetchRequest<String>> handed = new ArrayList<>();

    polite(Duration.ZERO).fetchAll(List.of(submitted), (request, outcome) -> handed.add(request), () -> false);

    assertThat(handed).containsExactly(submitted);
  }

  @Test
  void anInterruptedSubmitterGivesUpAndEveryAcceptedUrlGivesItsRoomBack() throws Exception {
    Host site = web.host();
    site.answerAfterMillis = 200;
    List<FetchRequest<Void>> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      site.page("/p" + i, "p");
      requests.add(new FetchRequest<>(site.url("/p" + i), Duration.ZERO, null));
    }
    PoliteFetcher polite = polite(Duration.ZERO, 1, 1, FAST_RETRIES, RobotsSettings.defaults());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread submitter = Thread.ofVirtual().start(() -> {
      try {
        polite.fetchAll(requests, (request, outcome) -> { }, () -> false);
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    await().atMost(Duration.ofMinutes(1)).until(() -> polite.accepted() == 1);

    submitter.interrupt();
    submitter.join();

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    await().atMost(Duration.ofMinutes(1)).until(() -> polite.accepted() == 0);
    assertThat(polite.queued()).isZero();
    assertThat(site.paths()).hasSizeLessThan(6);
  }
}
