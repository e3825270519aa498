package dev.newsflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C / SIGTERM into an orderly stop: the signal sets {@link #requested()}, interrupts the
 * working thread, and the JVM waits (up to a bound) until the command has closed its services and
 * the embedded broker, so no acknowledged record is lost and the data directory stays consistent.
 */
final class GracefulShutdown implements AutoCloseable {
  private static final long GRACE_SECONDS = 60;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  GracefulShutdown() {
    Thread worker = Thread.currentThread();
    hook = new Thread(() -> {
      requested.set(true);
      worker.interrupt();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsflow-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  boolean requested() {
    return requested.get();
  }

  /** Blocks until a stop is requested. */
  void await() {
    while (!requested.get()) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        if (requested.get()) {
          return;
        }
      }
    }
  }

  /**
   * Accepts {@code failure} as the way work ended when a stop was requested (the signal interrupts
   * the worker), and clears the interrupt so closing the services is not interrupted in turn.
   * Rethrows it when no stop was requested: then it is a real failure.
   */
  <E extends Exception> void absorb(E failure) throws E {
    if (!requested.get()) {
      throw failure;
    }
    Thread.interrupted();
  }

  /** Marks the command finished; call after everything is closed. */
  @Override
  public void close() {
    finished.countDown();
    if (!requested.get()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down: the hook runs anyway.
      }
    }
    Thread.interrupted();
  }
}
