package dev.newsflow.common.ops;

import java.util.Objects;

/**
 * What a service says about itself to an orchestrator.
 *
 * @param live false when the process should be restarted (a crashed stream thread, a stalled
 *     collection loop): a liveness probe fails on it
 * @param ready false while the service cannot do its work yet or any more (joining its group,
 *     restoring state, shutting down): a readiness probe fails on it
 * @param detail a short human-readable reason, e.g. {@code streams RUNNING}
 */
public record Health(boolean live, boolean ready, String detail) {
  public Health {
    Objects.requireNonNull(detail, "detail");
    if (ready && !live) {
      throw new IllegalArgumentException("a service that is not live cannot be ready");
    }
  }

  /** Live and ready. */
  public static Health up(String detail) {
    return new Health(true, true, detail);
  }

  /** Live but not ready (yet, or any more). */
  public static Health starting(String detail) {
    return new Health(true, false, detail);
  }

  /** Neither live nor ready: restart me. */
  public static Health down(String detail) {
    return new Health(false, false, detail);
  }

  /** Both must be live and ready; the details are joined. */
  public Health and(Health other) {
    return new Health(live && other.live, ready && other.ready, detail + "; " + other.detail);
  }
}
