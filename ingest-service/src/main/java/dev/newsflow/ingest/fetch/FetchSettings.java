package dev.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpFetcher} fetches.
 *
 * @param userAgent the User-Agent sent with every request; it names the product so that site
 *     owners can find out who we are
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout the total time one fetch may take, all redirect hops and the whole body
 *     included; a server that trickles bytes cannot hold us beyond it
 * @param maxBodyBytes the largest body accepted, counted both as received and after decoding
 *     gzip/deflate
 * @param maxRedirects how many redirects one fetch follows
 * @param addressPolicy which network addresses may be connected to
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    AddressPolicy addressPolicy) {

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(addressPolicy, "addressPolicy");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (!isPositive(connectTimeout) || !isPositive(requestTimeout)) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBodyBytes must be in 1.." + (Integer.MAX_VALUE - 8));
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
  }

  /**
   * The production defaults: an identifying User-Agent, 10 s to connect, 30 s in total, 10 MiB
   * bodies, 5 redirects, public addresses only.
   */
  public static FetchSettings defaults() {
    return new FetchSettings(
        "newsflow/0.1 (+https://github.com/newsflow/newsflow)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        10L * 1024 * 1024,
        5,
        AddressPolicy.publicOnly());
  }

  private static boolean isPositive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }
}
