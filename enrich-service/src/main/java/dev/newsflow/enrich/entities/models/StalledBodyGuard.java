package dev.newsflow.enrich.entities.models;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ends downloads whose server stops sending. The HTTP client's request timeout ends when the
 * headers arrive, so a body that stalls half-way would block its read forever; a model takes
 * minutes to download, so a deadline for the whole body would not do either. Instead a timer
 * closes a body that has delivered no byte for the stall timeout, which wakes the blocked read.
 */
final class StalledBodyGuard implements AutoCloseable {
  private final Duration stallTimeout;
  private final ScheduledThreadPoolExecutor timer;

  StalledBodyGuard(Duration stallTimeout) {
    if (stallTimeout.isNegative() || stallTimeout.isZero()) {
      throw new IllegalArgumentException("stall timeout must be positive, was " + stallTimeout);
    }
    this.stallTimeout = stallTimeout;
    this.timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "newsflow-model-download-watch");
      t.setDaemon(true);
      return t;
    });
    this.timer.setRemoveOnCancelPolicy(true);
  }

  /** {@code body} watched: its reads fail with {@link ModelFetchException} once it stalls. */
  InputStream watch(URI url, InputStream body) {
    return new Watched(url, body, stallTimeout, timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static final class Watched extends FilterInputStream {
    private final URI url;
    private final long stallNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    Watched(URI url, InputStream in, Duration stall, ScheduledExecutorService timer) {
      super(in);
      this.url = url;
      this.stallNanos = stall.toNanos();
      long period = Math.max(10, stall.toMillis() / 4);
      this.check = timer.scheduleWithFixedDelay(this::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
    }

    private void closeIfStalled() {
      if (System.nanoTime() - lastProgress > stallNanos) {
        stalled = true;
        check.cancel(false);
        try {
          in.close();
        } catch (IOException | RuntimeException ignored) {
          // the read this wakes reports the stall
        }
      }
    }

    @Override
    public int read() throws IOException {
      try {
        int b = in.read();
        lastProgress = System.nanoTime();
        return b;
      } catch (IOException e) {
        throw stalledOr(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        int n = in.read(b, off, len);
        lastProgress = System.nanoTime();
        return n;
      } catch (IOException e) {
        throw stalledOr(e);
      }
    }

    private IOException stalledOr(IOException e) {
      if (stalled) {
        throw new ModelFetchException(ModelFetchException.UNREACHABLE,
            url + " stopped sending: no data for " + stallNanos / 1_000_000 + " ms", e);
      }
      return e;
    }

    @Override
    public void close() throws IOException {
      check.cancel(false);
      super.close();
    }
  }
}
