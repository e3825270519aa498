package dev.newsflow.ingest.crawl;

import dev.newsflow.ingest.crawl.FetchOutcome.Failed;
import dev.newsflow.ingest.crawl.FetchOutcome.Fetched;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchResult;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.robots.RobotsCache;
import dev.newsflow.ingest.robots.RobotsRules;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches many URLs at once, politely: robots.txt is obeyed, each host has at most one request in
 * flight and a minimum delay between requests (the largest of the configured delay, the source's
 * and the host's {@code Crawl-delay}), hosts take turns, at most {@code maxConcurrency} fetches
 * run at a time, and at most {@code maxQueued} URLs wait (submitting more blocks until room frees
 * up). Waiting URLs are held compactly in a {@link Frontier}. Transient failures are retried per
 * the {@link RetryPolicy}; a retry waits in its host's queue, so it never holds a worker or breaks
 * the host's delay.
 *
 * <pre>{@code
 * polite.fetchAll(requests, (request, outcome) -> {
 *   if (outcome instanceof FetchOutcome.Fetched f) { ... f.result() ... }
 * }, () -> false);
 * }</pre>
 *
 * <p>The handler runs on a worker thread as each URL is done, after its host is free again, so
 * handlers must be thread-safe. Workers are virtual threads.
 */
public final class PoliteFetcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);
  private static final Duration MAX_DELAY = Duration.ofDays(365);

  /** Receives each URL's outcome. */
  @FunctionalInterface
  public interface Handler<C, E extends Exception> {
    void handle(FetchRequest<C> request, FetchOutcome outcome) throws E;
  }

  /** Encoded bytes the frontier may hold per queued URL, on average (a typical news URL needs 40 to 100). */
  static final int QUEUED_BYTES_PER_URL = 1024;

  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final Duration perHostDelay;
  private final int maxConcurrency;
  private final RetryPolicy retry;
  private final RandomGenerator random;
  private final Semaphore room;
  private final Frontier frontier;
  private final Slots<Batch> slots = new Slots<>();
  private final List<Thread> workers = new ArrayList<>();
  private boolean closed;

  /**
   * @param perHostDelay the least time between two requests to one host
   * @param maxConcurrency fetches running at once, across all hosts
   * @param maxQueued URLs accepted and not yet done, across all hosts
   * @param random the source of retry jitter; must be thread-safe
   */
  public PoliteFetcher(
      HttpFetcher fetcher,
      RobotsCache robots,
      Duration perHostDelay,
      int maxConcurrency,
      int maxQueued,
      RetryPolicy retry,
      RandomGenerator random) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.robots = Objects.requireNonNull(robots, "robots");
    this.perHostDelay = Objects.requireNonNull(perHostDelay, "perHostDelay");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.random = Objects.requireNonNull(random, "random");
    if (maxConcurrency < 1 || maxQueued < 1) {
      throw new IllegalArgumentException("maxConcurrency and maxQueued must be >= 1");
    }
    this.maxConcurrency = maxConcurrency;
    this.room = new Semaphore(maxQueued);
    this.frontier = new Frontier(maxQueued,
        Math.max((long) maxQueued * QUEUED_BYTES_PER_URL, 4L * Frontier.MAX_URL_BYTES));
  }

  /**
   * Fetches every request and hands each outcome to {@code handler}; returns when all are done.
   * When the handler throws, the remaining requests are dropped and the exception is rethrown
   * here; when {@code stop} turns true or the thread is interrupted, the remaining requests are
   * dropped too.
   *
   * <p>The handler is given a request equal to the one submitted (same URL, delay and context),
   * not necessarily the same object.
   */
  public <C, E extends Exception> void fetchAll(
      Collection<FetchRequest<C>> requests, Handler<C, E> handler, BooleanSupplier stop)
      throws E, InterruptedException {
    fetchEach(requests.iterator(), handler, stop);
  }

  /**
   * Like {@link #fetchAll}, reading the requests as room frees up: a crawl of millions of URLs
   * need not exist as objects at once. Once accepted, a request is held as its URL's bytes and a
   * small slot (context, delay, attempts), not as the request object; the iterator is read on the
   * calling thread.
   */
  public <C, E extends Exception> void fetchEach(
      Iterator<? extends FetchRequest<C>> requests, Handler<C, E> handler, BooleanSupplier stop)
      throws E, InterruptedException {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(handler, "handler");
    Batch batch = new Batch(stop, handler);
    startWorkers();
    try {
      while (!batch.cancelled() && requests.hasNext()) {
        FetchRequest<C> request = requests.next();
        if (!acquireRoom(batch)) {
          break;
        }
        batch.submitted();
        int handle = slots.claim(request.context(), batch, nanos(request.minDelay()));
        submit(request.url(), handle, batch);
      }
      batch.submissionDone();
      while (!batch.done.await(200, TimeUnit.MILLISECONDS)) {
        if (batch.cancelled()) {
          drop(batch);
        }
      }
    } catch (InterruptedException e) {
      batch.cancel();
      drop(batch);
      throw e;
    }
    Throwable failure = batch.failure.get();
    if (failure != null) {
      throw Batch.<E>rethrow(failure);
    }
  }

  private boolean acquireRoom(Batch batch) throws InterruptedException {
    while (!room.tryAcquire(200, TimeUnit.MILLISECONDS)) {
      if (batch.cancelled()) {
        return false;
      }
    }
    return true;
  }

  private void submit(URI url, int handle, Batch batch) throws InterruptedException {
    try {
      while (!frontier.offer(url, handle, 200, TimeUnit.MILLISECONDS)) {
        if (batch.cancelled()) {
          complete(handle);
          return;
        }
      }
    } catch (IllegalArgumentException e) {
      finish(handle, url, new Failed(FetchException.Reason.BAD_URL.code(), e.getMessage(), false, 0));
    } catch (InterruptedException | IllegalStateException e) {
      complete(handle); // never queued: give its room back before giving up
      throw e;
    }
  }

  private void drop(Batch batch) {
    for (int handle : frontier.removeIf(h -> slots.batch(h) == batch)) {
      complete(handle);
    }
  }

  private synchronized void startWorkers() {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (workers.isEmpty()) {
      for (int i = 0; i < maxConcurrency; i++) {
        workers.add(Thread.ofVirtual().name("newsflow-fetch-", i).start(this::work));
      }
    }
  }

  private void work() {
    while (true) {
      Frontier.Lease lease;
      try {
        lease = frontier.take();
      } catch (InterruptedException e) {
        return;
      }
      if (lease == null) {
        return;
      }
      try {
        process(lease);
      } catch (RuntimeException | Error e) {
        // A bug must cost one URL, not a worker (which would shrink the pool for good).
        log.error("fetching {} crashed", lease.url(), e);
        try {
          frontier.release(lease, 0, false);
        } catch (IllegalStateException alreadyReleased) {
          // It crashed after giving the host back.
        }
        finish(lease.handle(), lease.url(),
            new Failed("fetcher-error", e.toString(), false, slots.attempts(lease.handle())));
      }
    }
  }

  private void process(Frontier.Lease lease) {
    int handle = lease.handle();
    Batch batch = slots.batch(handle);
    if (batch.cancelled()) {
      frontier.release(lease, 0, false);
      complete(handle);
      return;
    }
    URI url = lease.url();
    RobotsRules rules = robots.cached(url);
    if (rules == null) {
      try {
        rules = robots.fetch(url);
      } catch (FetchException e) {
        frontier.release(lease, after(delay(handle, null)), false);
        finish(handle, url, new Failed(e.reason(), e.getMessage(), false, 0));
        return;
      }
      // That was the host's request for this turn; the page waits for the next one.
      boolean allowed = rules.allows(url);
      frontier.release(lease, after(delay(handle, rules)), allowed);
      if (!allowed) {
        finish(handle, url, refusal(url, rules));
      }
      return;
    }
    if (!rules.allows(url)) {
      frontier.release(lease, 0, false);
      finish(handle, url, refusal(url, rules));
      return;
    }
    int attempts = slots.attempt(handle);
    Duration delay = delay(handle, rules);
    try {
      FetchResult result = fetcher.fetch(url, (from, to) -> beforeRedirect(from, to, delay));
      frontier.release(lease, after(delay), false);
      finish(handle, url, new Fetched(result, attempts));
    } catch (FetchException e) {
      boolean transientFailure = isTransient(e);
      Duration retryAfter = e.retryAfter();
      boolean retryAfterTooLong = retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0;
      Duration wait = max(delay, retryAfter == null ? Duration.ZERO : min(retryAfter, retry.maxRetryAfter()));
      if (transientFailure && attempts < retry.maxAttempts() && !retryAfterTooLong && !batch.cancelled()) {
        wait = max(wait, retry.backoff(attempts, random));
        log.debug("retrying {} in {} ms after {}", url, wait.toMillis(), e.getMessage());
        frontier.release(lease, after(wait), true);
        return;
      }
      frontier.release(lease, after(wait), false);
      finish(handle, url, new Failed(e.reason(), e.getMessage(), transientFailure, attempts));
    }
  }

  /**
   * A redirect within the host is a request to the host like any other: it waits the host's delay
   * (the worker holds the host meanwhile, so nothing else goes there) and obeys robots.txt. A hop
   * to another host goes at once, its robots.txt checked when already known: the other host's
   * queue is not ours to hold.
   */
  private void beforeRedirect(URI from, URI to, Duration delay) throws FetchException {
    RobotsRules rules = robots.cached(to);
    if (rules != null && !rules.allows(to)) {
      throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED, to,
          "redirected to " + to.getRawPath() + ", which robots.txt of " + to.getHost() + " disallows");
    }
    if (sameHost(from, to) && !delay.isZero()) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(FetchException.Reason.IO, from, "interrupted while waiting to follow a redirect", e);
      }
    }
  }

  private static boolean sameHost(URI a, URI b) {
    return Objects.equals(a.getHost() == null ? null : a.getHost().toLowerCase(Locale.ROOT),
        b.getHost() == null ? null : b.getHost().toLowerCase(Locale.ROOT)) && a.getPort() == b.getPort();
  }

  /** Failures that may go away by themselves. */
  static boolean isTransient(FetchException e) {
    return switch (e.kind()) {
      case TIMEOUT, IO -> true;
      case HTTP_STATUS -> e.status() >= 500 || e.status() == 429 || e.status() == 408;
      default -> false;
    };
  }

  private static Failed refusal(URI url, RobotsRules rules) {
    return rules.status() == RobotsRules.Status.UNREACHABLE
        ? new Failed("robots-unavailable", "robots.txt of " + url.getHost() + " could not be read; the host is left alone for a while", true, 0)
        : new Failed("robots-disallowed", "robots.txt of " + url.getHost() + " disallows " + url.getRawPath(), false, 0);
  }

  private Duration delay(int handle, RobotsRules rules) {
    Duration d = max(perHostDelay, Duration.ofNanos(slots.minDelayNanos(handle)));
    return rules == null || rules.crawlDelay() == null ? d : max(d, rules.crawlDelay());
  }

  private static long after(Duration d) {
    return System.nanoTime() + nanos(d);
  }

  /** A delay in nanoseconds, capped at a year so that adding it to a clock reading cannot overflow. */
  private static long nanos(Duration d) {
    return d.compareTo(MAX_DELAY) >= 0 ? MAX_DELAY.toNanos() : Math.max(0, d.toNanos());
  }

  /** Hands the outcome to the batch's handler (unless the batch was cancelled) and frees the slot. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void finish(int handle, URI url, FetchOutcome outcome) {
    Batch batch = slots.batch(handle);
    try {
      if (!batch.cancelled()) {
        batch.handle(new FetchRequest(url, Duration.ofNanos(slots.minDelayNanos(handle)), slots.context(handle)), outcome);
      }
    } catch (Throwable t) {
      batch.fail(t);
    } finally {
      complete(handle);
    }
  }

  private void complete(int handle) {
    Batch batch = slots.batch(handle);
    slots.release(handle);
    room.release();
    batch.completed();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** URLs queued and not yet taken by a worker. */
  public int queued() {
    return frontier.size();
  }

  /** URLs accepted and not yet done (queued or being fetched). */
  int accepted() {
    return slots.inUse();
  }

  /** Hosts with URLs waiting now. */
  public int queuedHosts() {
    return frontier.hosts();
  }

  /** Stops the workers; fetches in progress fail. Does not close the {@link HttpFetcher}. */
  @Override
  public synchronized void close() {
    closed = true;
    frontier.close();
    workers.forEach(Thread::interrupt);
  }

  /** The requests of one {@link #fetchEach} call. */
  private static final class Batch {
    /** Opens when every submitted request is done and submission has ended. */
    final CountDownLatch done = new CountDownLatch(1);
    /** Requests submitted and not done, plus one while submission goes on. */
    final AtomicLong pending = new AtomicLong(1);
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final BooleanSupplier stop;
    @SuppressWarnings("rawtypes")
    final Handler handler;
    volatile boolean cancelled;

    Batch(BooleanSupplier stop, Handler<?, ?> handler) {
      this.stop = stop == null ? () -> false : stop;
      this.handler = handler;
    }

    boolean cancelled() {
      if (!cancelled && stop.getAsBoolean()) {
        cancelled = true;
      }
      return cancelled;
    }

    void cancel() {
      cancelled = true;
    }

    void submitted() {
      pending.incrementAndGet();
    }

    void completed() {
      if (pending.decrementAndGet() == 0) {
        done.countDown();
      }
    }

    void submissionDone() {
      completed();
    }

    @SuppressWarnings("unchecked")
    void handle(FetchRequest<?> request, FetchOutcome outcome) throws Exception {
      handler.handle(request, outcome);
    }

    void fail(Throwable t) {
      failure.compareAndSet(null, t);
      cancelled = true;
    }

    /** Rethrows what a handler threw: its checked type E, or unchecked as it was. */
    @SuppressWarnings("unchecked")
    static <E extends Exception> E rethrow(Throwable t) throws E {
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error err) {
        throw err;
      }
      throw (E) t;
    }
  }
}
