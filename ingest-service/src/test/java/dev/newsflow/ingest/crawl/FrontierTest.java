package dev.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.crawl.SimulatedWeb.Host;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact per-host queues: order, turns, delays, bounds and what a URL costs. */
class FrontierTest {
  private final AtomicLong now = new AtomicLong(1_000);

  private Frontier frontier(int maxUrls, long maxBytes) {
    return new Frontier(maxUrls, maxBytes, now::get);
  }

  private static URI url(String host, int page) {
    return URI.create("https://" + host + "/news/2026/11/29/article-" + page + ".html");
  }

  private static List<String> drainReleasing(Frontier frontier) {
    List<String> order = new ArrayList<>();
    Frontier.Lease lease;
    while ((lease = frontier.poll()) != null) {
      order.add(lease.host() + "#" + lease.handle());
      frontier.release(lease, 0, false);
    }
    return order;
  }

  @Test
  void eachHostHandsOutItsUrlsInTheOrderTheyCame() {
    Frontier frontier = frontier(100, 1 << 20);
    for (int i = 0; i < 30; i++) {
      assertThat(frontier.offer(url("a.example", i), i)).isTrue();
    }

    List<Integer> handles = new ArrayList<>();
    Frontier.Lease lease;
    while ((lease = frontier.poll()) != null) {
      assertThat(lease.url()).isEqualTo(url("a.example", lease.handle()));
      handles.add(lease.handle());
      frontier.release(lease, 0, false);
    }

    assertThat(handles).hasSize(30).isSorted();
    assertThat(frontier.size()).isZero();
    assertThat(frontier.bytes()).isZero();
    assertThat(frontier.blocksInUse()).as("blocks go back when a host's queue empties").isZero();
  }

  @Test
  void hostsTakeTurnsSoABigHostDoesNotStarveASmallOne() {
    Frontier frontier = frontier(100, 1 << 20);
    for (int i = 0; i < 6; i++) {
      frontier.offer(url("big.example", i), i);
    }
    frontier.offer(url("small.example", 0), 100);
    frontier.offer(url("small.example", 1), 101);

    assertThat(drainReleasing(frontier)).containsExactly(
        "big.example#0", "small.example#100", "big.example#1", "small.example#101",
        "big.example#2", "big.example#3", "big.example#4", "big.example#5");
  }

  @Test
  void aHostIsOutToOneCallerAtATime() {
    Frontier frontier = frontier(100, 1 << 20);
    frontier.offer(url("a.example", 0), 0);
    frontier.offer(url("a.example", 1), 1);

    Frontier.Lease first = frontier.poll();

    assertThat(frontier.poll()).isNull();
    frontier.release(first, 0, false);
    assertThat(frontier.poll().handle()).isEqualTo(1);
  }

  @Test
  void aHostWaitsUntilItsNextAllowedTimeWhileOthersGoAhead() {
    Frontier frontier = frontier(100, 1 << 20);
    frontier.offer(url("slow.example", 0), 0);
    frontier.offer(url("slow.example", 1), 1);
    frontier.offer(url("other.example", 0), 10);
    Frontier.Lease lease = frontier.poll();
    frontier.release(lease, now.get() + 500, false);

    assertThat(frontier.poll().handle()).isEqualTo(10);
    now.addAndGet(499);
    assertThat(frontier.poll()).isNull();
    now.addAndGet(1);
    assertThat(frontier.poll().handle()).isEqualTo(1);
  }

  @Test
  void aFullFrontierRefusesMoreUrlsUntilOneIsTaken() {
    Frontier frontier = frontier(3, 1 << 20);
    for (int i = 0; i < 3; i++) {
      assertThat(frontier.offer(url("a.example", i), i)).isTrue();
    }

    assertThat(frontier.offer(url("b.example", 0), 9)).isFalse();
    assertThat(frontier.size()).isEqualTo(3);
    frontier.poll();
    assertThat(frontier.offer(url("b.example", 0), 9)).isTrue();
  }

  @Test
  void theByteBoundRefusesAUrlThatDoesNotFit() {
    URI u = url("a.example", 1);
    Frontier probe = frontier(10, 1 << 20);
    probe.offer(u, 1);
    long oneUrl = probe.bytes();
    Frontier frontier = frontier(10, 2 * oneUrl + 1);

    assertThat(frontier.offer(url("a.example", 1), 1)).isTrue();
    assertThat(frontier.offer(url("a.example", 2), 2)).isTrue();
    assertThat(frontier.offer(url("a.example", 3), 3)).isFalse();
    assertThat(frontier.bytes()).isEqualTo(2 * oneUrl);
  }

  @Test
  void aTimedOfferWaitsForRoomAndGivesUpWhenNoneFrees() throws Exception {
    Frontier frontier = frontier(1, 1 << 20);
    frontier.offer(url("a.example", 0), 0);

    assertThat(frontier.offer(url("a.example", 1), 1, 10, TimeUnit.MILLISECONDS)).isFalse();
    CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return frontier.offer(url("a.example", 1), 1, 1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(frontier.poll().handle()).isZero();
    assertThat(waiting.get(1, TimeUnit.MINUTES)).isTrue();
    assertThat(frontier.size()).isEqualTo(1);
  }

  @Test
  void aUrlPutBackGoesFirstEvenWhenTheFrontierIsFull() {
    Frontier frontier = frontier(2, 1 << 20);
    frontier.offer(url("a.example", 0), 0);
    frontier.offer(url("a.example", 1), 1);
    Frontier.Lease lease = frontier.poll();
    frontier.offer(url("b.example", 0), 5);

    frontier.release(lease, 0, true);

    assertThat(frontier.size()).isEqualTo(3);
    assertThat(drainReleasing(frontier)).containsExactly("b.example#5", "a.example#0", "a.example#1");
  }

  @Test
  void releasingALeaseTwiceIsRefused() {
    Frontier frontier = frontier(2, 1 << 20);
    frontier.offer(url("a.example", 0), 0);
    Frontier.Lease lease = frontier.poll();
    frontier.release(lease, 0, false);

    assertThatThrownBy(() -> frontier.release(lease, 0, false)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void removeIfTakesOutMatchingUrlsAndKeepsTheOrderOfTheRest() {
    Frontier frontier = frontier(100, 1 << 20);
    for (int i = 0; i < 10; i++) {
      frontier.offer(url(i % 2 == 0 ? "a.example" : "b.example", i), i);
    }

    int[] removed = frontier.removeIf(handle -> handle % 3 == 0);

    assertThat(removed).containsExactlyInAnyOrder(0, 3, 6, 9);
    assertThat(frontier.size()).isEqualTo(6);
    assertThat(drainReleasing(frontier)).containsExactly(
        "a.example#2", "b.example#1", "a.example#4", "b.example#5", "a.example#8", "b.example#7");
  }

  @Test
  void aUrlLongerThanTheLimitIsRefusedWithAReason() {
    Frontier frontier = frontier(100, 1 << 20);
    URI huge = URI.create("https://a.example/?q=" + "x".repeat(Frontier.MAX_URL_BYTES));

    assertThatThrownBy(() -> frontier.offer(huge, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void closeWakesTakersAndRefusesOffers() throws Exception {
    Frontier frontier = frontier(10, 1 << 20);
    CompletableFuture<Frontier.Lease> taker = CompletableFuture.supplyAsync(() -> {
      try {
        return frontier.take();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });

    frontier.close();

    assertThat(taker.get(1, TimeUnit.MINUTES)).isNull();
    assertThatThrownBy(() -> frontier.offer(url("a.example", 0), 0)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.chinadaily.com.cn/a/202611/29/WS6749.html",
      "http://EXAMPLE.org:8080/Path/?q=1&utm_source=x#frag",
      "https://user:pw@example.org/private",
      "http://[2001:db8::1]:8080/v6",
      "https://例子.测试/新闻/文章.html?标题=你好",
      "https://example.org/%E4%BD%A0%E5%A5%BD?a=%20b",
      "https://example.org",
      "mailto:news@example.org",
      "/relative/only"
  })
  void urlsComeBackExactlyAsTheyWentIn(String text) {
    URI url = URI.create(text);
    Frontier frontier = frontier(10, 1 << 20);

    frontier.offer(url, 7);
    Frontier.Lease lease = frontier.poll();

    assertThat(lease.url()).isEqualTo(url);
    assertThat(lease.url().toString()).isEqualTo(text);
    assertThat(lease.host()).isEqualTo(url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aTypicalNewsUrlCostsWellUnderTwoHundredBytes() {
    Frontier frontier = frontier(200_000, Long.MAX_VALUE);
    for (int i = 0; i < 100_000; i++) {
      frontier.offer(url("host-" + (i % 1000) + ".example", i), i);
    }

    long perUrl = frontier.reservedBytes() / frontier.size();

    assertThat(perUrl).isLessThan(60);
  }

  @Test
  void delayBetweenRequestsHoldsAtTheServerWithSeveralWorkers() throws Exception {
    Duration delay = Duration.ofMillis(100);
    try (SimulatedWeb web = new SimulatedWeb();
         HttpFetcher fetcher = new HttpFetcher(new FetchSettings(
             "newsflow-test", Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20, 0, AddressPolicy.allowingLoopback()))) {
      Frontier frontier = new Frontier(100, 1 << 20);
      List<Host> hosts = List.of(web.host(), web.host());
      int handle = 0;
      for (Host host : hosts) {
        for (int i = 0; i < 4; i++) {
          host.page("/p" + i, "page");
          frontier.offer(host.url("/p" + i), handle++);
        }
      }
      int total = handle;
      AtomicInteger done = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        workers.add(Thread.ofVirtual().start(() -> {
          try {
            Frontier.Lease lease;
            while ((lease = frontier.take()) != null) {
              try {
                fetcher.fetch(lease.url());
              } finally {
                frontier.release(lease, System.nanoTime() + delay.toNanos(), false);
              }
              if (done.incrementAndGet() == total) {
                frontier.close();
              }
            }
          } catch (InterruptedException | FetchException e) {
            frontier.close();
            throw new IllegalStateException(e);
          }
        }));
      }
      for (Thread worker : workers) {
        worker.join();
      }

      for (Host host : hosts) {
        assertThat(host.paths()).containsExactly("/p0", "/p1", "/p2", "/p3");
        assertThat(host.minGapNanos()).as("gap at %s", host.address).isGreaterThanOrEqualTo(delay.toNanos());
        assertThat(host.maxInFlight.get()).isEqualTo(1);
      }
    }
  }

  @Test
  void manyTakersShareTheHostsAndEveryUrlIsTakenExactlyOnce() throws Exception {
    Frontier frontier = new Frontier(1000, 1 << 20);
    int hosts = 40;
    int perHost = 5;
    for (int i = 0; i < hosts * perHost; i++) {
      frontier.offer(url("h" + i % hosts + ".example", i), i);
    }
    java.util.Set<Integer> taken = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    List<Thread> takers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      takers.add(Thread.ofVirtual().start(() -> {
        try {
          Frontier.Lease lease;
          while ((lease = frontier.take()) != null) {
            if (!taken.add(lease.handle())) {
              duplicates.incrementAndGet();
            }
            frontier.release(lease, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2), false);
            if (taken.size() == hosts * perHost) {
              frontier.close();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    for (Thread taker : takers) {
      taker.join(TimeUnit.MINUTES.toMillis(1));
    }

    assertThat(takers).noneMatch(Thread::isAlive);
    assertThat(taken).hasSize(hosts * perHost);
    assertThat(duplicates.get()).isZero();
  }

  @Test
  void idleHostsAreForgottenOnceThereAreMoreThanTheLimit() {
    Frontier frontier = frontier(10, 1 << 20);
    for (int i = 0; i <= Frontier.MAX_IDLE_HOSTS; i++) {
      frontier.offer(url("h" + i + ".example", 0), i);
      frontier.release(frontier.poll(), 0, false);
    }

    assertThat(frontier.hosts()).isLessThan(Frontier.MAX_IDLE_HOSTS);
    assertThat(frontier.size()).isZero();
  }
}
