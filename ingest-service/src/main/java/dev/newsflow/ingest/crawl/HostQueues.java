package dev.newsflow.ingest.crawl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One queue per host and a schedule of hosts by the time each may next be asked: a worker takes
 * the host that has been ready longest, so hosts take turns (fairness) and a host is never handed
 * to two workers at once (one request in flight per host). Times are {@link System#nanoTime()}
 * readings.
 */
final class HostQueues<T> {
  /** Idle hosts are remembered (for their next-request time) until there are this many. */
  static final int MAX_IDLE_HOSTS = 100_000;

  static final class Host<T> {
    final String name;
    final ArrayDeque<T> queue = new ArrayDeque<>();
    long readyAt;
    long turn;
    boolean inFlight;
    boolean scheduled;

    Host(String name, long readyAt) {
      this.name = name;
      this.readyAt = readyAt;
    }
  }

  /** A host handed to one worker, with the item to work on. */
  record Lease<T>(Host<T> host, T item) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, Host<T>> hosts = new HashMap<>();
  private final PriorityQueue<Host<T>> schedule = new PriorityQueue<>(
      Comparator.<Host<T>>comparingLong(h -> h.readyAt).thenComparingLong(h -> h.turn));
  private final LongSupplier nanoTime;
  private long turns;
  private boolean closed;

  HostQueues(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  void add(String host, T item) {
    lock.lock();
    try {
      Host<T> h = hosts.computeIfAbsent(host, name -> new Host<>(name, nanoTime.getAsLong()));
      h.queue.addLast(item);
      schedule(h);
    } finally {
      lock.unlock();
    }
  }

  /** Waits for a host that is ready and has work; null once closed. */
  Lease<T> take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (!closed) {
        Host<T> h = schedule.peek();
        if (h == null) {
          changed.await();
          continue;
        }
        long wait = h.readyAt - nanoTime.getAsLong();
        if (wait > 0) {
          changed.awaitNanos(Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
          continue;
        }
        schedule.poll();
        h.scheduled = false;
        T item = h.queue.pollFirst();
        if (item == null) {
          continue;
        }
        h.inFlight = true;
        return new Lease<>(h, item);
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Gives a host back after a worker is done with it.
   *
   * @param notBefore the earliest time of the host's next request (ignored when earlier than the
   *     time already set)
   * @param retry an item to put back at the head of the host's queue, or null
   */
  void release(Host<T> h, long notBefore, T retry) {
    lock.lock();
    try {
      h.inFlight = false;
      if (notBefore - h.readyAt > 0) {
        h.readyAt = notBefore;
      }
      if (retry != null) {
        h.queue.addFirst(retry);
      }
      schedule(h);
      if (hosts.size() > MAX_IDLE_HOSTS) {
        forgetIdleHosts();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Takes every queued item that matches out of the queues (items in flight stay with their worker). */
  List<T> removeIf(Predicate<T> matches) {
    lock.lock();
    try {
      List<T> removed = new ArrayList<>();
      for (Host<T> h : hosts.values()) {
        h.queue.removeIf(item -> matches.test(item) && removed.add(item));
      }
      return removed;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every waiting worker with null. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int queued() {
    lock.lock();
    try {
      return hosts.values().stream().mapToInt(h -> h.queue.size()).sum();
    } finally {
      lock.unlock();
    }
  }

  private void schedule(Host<T> h) {
    if (!h.inFlight && !h.scheduled && !h.queue.isEmpty()) {
      h.turn = turns++;
      h.scheduled = true;
      schedule.add(h);
      changed.signalAll();
    }
  }

  private void forgetIdleHosts() {
    long now = nanoTime.getAsLong();
    for (Iterator<Host<T>> it = hosts.values().iterator(); it.hasNext(); ) {
      Host<T> h = it.next();
      if (!h.inFlight && h.queue.isEmpty() && h.readyAt - now <= 0) {
        it.remove();
      }
    }
  }
}
