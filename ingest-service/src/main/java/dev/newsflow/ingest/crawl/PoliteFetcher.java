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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * up). Transient failures are retried per the {@link RetryPolicy}; a retry waits in its host's
 * queue, so it never holds a worker or breaks the host's delay.
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

  /** Receives each URL's outcome. */
  @FunctionalInterface
  public interface Handler<C, E extends Exception> {
    void handle(FetchRequest<C> request, FetchOutcome outcome) throws E;
  }

  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final Duration perHostDelay;
  private final int maxConcurrency;
  private final RetryPolicy retry;
  private final RandomGenerator random;
  private final Semaphore room;
  private final HostQueues<Task> queues = new HostQueues<>(System::nanoTime);
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
  }

  /**
   * Fetches every request and hands each outcome to {@code handler}; returns when all are done.
   * When the handler throws, the remaining requests are dropped and the exception is rethrown
   * here; when {@code stop} turns true or the thread is interrupted, the remaining requests are
   * dropped too.
   */
  public <C, E extends Exception> void fetchAll(
      Collection<FetchRequest<C>> requests, Handler<C, E> handler, BooleanSupplier stop)
      throws E, InterruptedException {
    Objects.requireNonNull(handler, "handler");
    Batch batch = new Batch(requests.size(), stop, handler);
    startWorkers();
    int submitted = 0;
    try {
      for (FetchRequest<C> request : requests) {
        if (batch.cancelled()) {
          break;
        }
        while (!room.tryAcquire(200, TimeUnit.MILLISECONDS)) {
          if (batch.cancelled()) {
            break;
          }
        }
        if (batch.cancelled()) {
          break;
        }
        queues.add(hostOf(request.url()), new Task(request, batch));
        submitted++;
      }
      for (int i = submitted; i < requests.size(); i++) {
        batch.done.countDown();
      }
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

  private void drop(Batch batch) {
    for (Task task : queues.removeIf(t -> t.batch == batch)) {
      complete(task);
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
      HostQueues.Lease<Task> lease;
      try {
        lease = queues.take();
      } catch (InterruptedException e) {
        return;
      }
      if (lease == null) {
        return;
      }
      try {
        process(lease.host(), lease.item());
      } catch (RuntimeException | Error e) {
        // A bug must cost one URL, not a worker (which would shrink the pool for good).
        log.error("fetching {} crashed", lease.item().request.url(), e);
        queues.release(lease.host(), 0, null);
        finish(lease.item(), new Failed("fetcher-error", e.toString(), false, lease.item().attempts));
      }
    }
  }

  private void process(HostQueues.Host<Task> host, Task task) {
    if (task.batch.cancelled()) {
      queues.release(host, 0, null);
      complete(task);
      return;
    }
    URI url = task.request.url();
    RobotsRules rules = robots.cached(url);
    if (rules == null) {
      try {
        rules = robots.fetch(url);
      } catch (FetchException e) {
        queues.release(host, after(delay(task, null)), null);
        finish(task, new Failed(e.reason(), e.getMessage(), false, 0));
        return;
      }
      // That was the host's request for this turn; the page waits for the next one.
      boolean allowed = rules.allows(url);
      queues.release(host, after(delay(task, rules)), allowed ? task : null);
      if (!allowed) {
        finish(task, refusal(url, rules));
      }
      return;
    }
    if (!rules.allows(url)) {
      queues.release(host, 0, null);
      finish(task, refusal(url, rules));
      return;
    }
    task.attempts++;
    Duration delay = delay(task, rules);
    try {
      FetchResult result = fetcher.fetch(url);
      queues.release(host, after(delay), null);
      finish(task, new Fetched(result, task.attempts));
    } catch (FetchException e) {
      boolean transientFailure = isTransient(e);
      Duration retryAfter = e.retryAfter();
      boolean retryAfterTooLong = retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0;
      Duration wait = max(delay, retryAfter == null ? Duration.ZERO : min(retryAfter, retry.maxRetryAfter()));
      if (transientFailure && task.attempts < retry.maxAttempts() && !retryAfterTooLong && !task.batch.cancelled()) {
        wait = max(wait, retry.backoff(task.attempts, random));
        log.debug("retrying {} in {} ms after {}", url, wait.toMillis(), e.getMessage());
        queues.release(host, after(wait), task);
        return;
      }
      queues.release(host, after(wait), null);
      finish(task, new Failed(e.reason(), e.getMessage(), transientFailure, task.attempts));
    }
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

  private Duration delay(Task task, RobotsRules rules) {
    Duration d = max(perHostDelay, task.request.minDelay());
    return rules == null || rules.crawlDelay() == null ? d : max(d, rules.crawlDelay());
  }

  private static long after(Duration d) {
    return System.nanoTime() + d.toNanos();
  }

  private void finish(Task task, FetchOutcome outcome) {
    try {
      if (!task.batch.cancelled()) {
        task.batch.handle(task.request, outcome);
      }
    } catch (Throwable t) {
      task.batch.fail(t);
    } finally {
      complete(task);
    }
  }

  private void complete(Task task) {
    room.release();
    task.batch.done.countDown();
  }

  static String hostOf(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** URLs queued and not yet taken by a worker. */
  int queued() {
    return queues.queued();
  }

  /** Stops the workers; fetches in progress fail. Does not close the {@link HttpFetcher}. */
  @Override
  public synchronized void close() {
    closed = true;
    queues.close();
    workers.forEach(Thread::interrupt);
  }

  private static final class Task {
    final FetchRequest<?> request;
    final Batch batch;
    int attempts;

    Task(FetchRequest<?> request, Batch batch) {
      this.request = request;
      this.batch = batch;
    }
  }

  /** The requests of one {@link #fetchAll} call. */
  private static final class Batch {
    final CountDownLatch done;
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final BooleanSupplier stop;
    @SuppressWarnings("rawtypes")
    final Handler handler;
    volatile boolean cancelled;

    Batch(int size, BooleanSupplier stop, Handler<?, ?> handler) {
      this.done = new CountDownLatch(size);
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
