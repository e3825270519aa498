package dev.newsflow.ingest.fetch;

import dev.newsflow.ingest.fetch.FetchException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL at a time over HTTP/2 or HTTP/1.1, safely: every hop's host is checked against
 * the {@link AddressPolicy} before connecting, redirects are followed here (not by the client) so
 * each is checked, the body is bounded as received and as decoded, and the whole fetch has one
 * deadline that a slowly trickling server cannot stretch. Thread-safe; share one per process.
 *
 * <pre>{@code
 * try (HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults())) {
 *   FetchResult page = fetcher.fetch(URI.create("https://www.chinadaily.com.cn/"));
 * }
 * }</pre>
 *
 * <p>Known limit: the client resolves the host again when it connects, so a DNS server that
 * answers differently within milliseconds (DNS rebinding) is not caught.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,"
          + "application/atom+xml,application/feed+json,*/*;q=0.8";

  private final FetchSettings settings;
  private final Clock clock;
  private final HttpClient client;
  private final ScheduledThreadPoolExecutor deadlines;
  /** Validators to send with {@link #fetch(URI)}; null in a fetcher that is not a conditional view. */
  private final Function<URI, Validators> validators;

  /** A fetcher with the given settings, stamping results with the system clock. */
  public HttpFetcher(FetchSettings settings) {
    this(settings, Clock.systemUTC());
  }

  /** A fetcher with the given settings, stamping results with {@code clock}. */
  public HttpFetcher(FetchSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .build();
    this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "newsflow-fetch-deadlines");
      t.setDaemon(true);
      return t;
    });
    this.deadlines.setRemoveOnCancelPolicy(true);
    this.validators = null;
  }

  private HttpFetcher(HttpFetcher shared, Function<URI, Validators> validators) {
    this.settings = shared.settings;
    this.clock = shared.clock;
    this.client = shared.client;
    this.deadlines = shared.deadlines;
    this.validators = validators;
  }

  /**
   * A view of this fetcher whose {@link #fetch(URI)} asks {@code validators} for what it knows of
   * the URL and, when it returns some, fetches conditionally (a 304 then comes back as a result
   * whose {@link FetchResult#notModified()} is true). The view shares this fetcher's client:
   * closing the view does nothing, close this fetcher instead.
   *
   * @param validators the ETag / Last-Modified to send for a URL, or null for none; called on
   *     fetching threads, so it must be thread-safe
   */
  public HttpFetcher conditional(Function<URI, Validators> validators) {
    return new HttpFetcher(this, Objects.requireNonNull(validators, "validators"));
  }

  /**
   * Decides whether, and when, a redirect is followed: called before each hop, on the fetching
   * thread, it may wait (a polite crawler keeps its per-host delay between hops too) or refuse.
   */
  @FunctionalInterface
  public interface RedirectGate {
    /** Every hop at once. */
    RedirectGate OPEN = (from, to) -> { };

    /**
     * @throws FetchException to stop following (the fetch fails with it)
     */
    void beforeHop(URI from, URI to) throws FetchException;
  }

  /** Fetches {@code url}, following redirects (conditionally in a {@link #conditional} view). */
  public FetchResult fetch(URI url) throws FetchException {
    return fetch(url, RedirectGate.OPEN);
  }

  /** As {@link #fetch(URI)}, each redirect hop passing {@code gate} first. */
  public FetchResult fetch(URI url, RedirectGate gate) throws FetchException {
    Validators known = validators == null ? null : validators.apply(url);
    return known == null
        ? fetch(url, null, null, gate)
        : fetch(url, known.etag(), known.lastModified(), gate);
  }

  /**
   * Fetches {@code url} conditionally: with a previous response's ETag and/or Last-Modified, a
   * server that has nothing new answers 304, giving a result whose {@link
   * FetchResult#notModified()} is true.
   *
   * @param etag the previous ETag, sent as If-None-Match; may be null
   * @param lastModified the previous Last-Modified, sent as If-Modified-Since; may be null
   */
  public FetchResult fetch(URI url, String etag, String lastModified) throws FetchException {
    return fetch(url, etag, lastModified, RedirectGate.OPEN);
  }

  private FetchResult fetch(URI url, String etag, String lastModified, RedirectGate gate) throws FetchException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(gate, "gate");
    long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
    URI current = checkUrl(url, url);
    Set<URI> visited = new HashSet<>();
    visited.add(current);
    for (int redirects = 0; ; redirects++) {
      settings.addressPolicy().check(current);
      HttpResponse<InputStream> response = send(current, etag, lastModified, deadline);
      Instant receivedAt = clock.instant();
      int status = response.statusCode();
      String location = response.headers().firstValue("Location").orElse(null);
      if (isRedirect(status) && location != null) {
        closeQuietly(response.body());
        URI next = checkUrl(resolve(current, location), current);
        if (!visited.add(next)) {
          throw new FetchException(Reason.REDIRECT_LOOP, current, "redirect loop back to " + next);
        }
        if (redirects >= settings.maxRedirects()) {
          throw new FetchException(Reason.TOO_MANY_REDIRECTS, current,
              "more than " + settings.maxRedirects() + " redirects");
        }
        gate.beforeHop(current, next);
        current = next;
        continue;
      }
      String newEtag = response.headers().firstValue("ETag").orElse(null);
      String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      if (status == 304) {
        closeQuietly(response.body());
        return new FetchResult(url, current, status, contentType, new byte[0],
            newEtag != null ? newEtag : etag,
            newLastModified != null ? newLastModified : lastModified, receivedAt);
      }
      if (status < 200 || status > 299) {
        closeQuietly(response.body());
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), receivedAt);
        throw new FetchException(Reason.HTTP_STATUS, current, status, retryAfter, "HTTP status " + status, null);
      }
      byte[] body = status == 204 ? new byte[0] : readBody(response, current, deadline);
      return new FetchResult(url, current, status, contentType, body, newEtag, newLastModified,
          receivedAt);
    }
  }

  private HttpResponse<InputStream> send(URI url, String etag, String lastModified, long deadline)
      throws FetchException {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(url)
          .GET()
          .timeout(remaining(deadline, url))
          .header("User-Agent", settings.userAgent())
          .header("Accept", ACCEPT)
          .header("Accept-Encoding", ContentDecoding.acceptEncoding());
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.BAD_URL, url, "not a URL the client accepts", e);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(Reason.TIMEOUT, url, "no response in time: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FetchException(Reason.IO, url, describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(Reason.IO, url, "interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.BAD_URL, url, "not a URL the client accepts", e);
    }
  }

  /**
   * Reads the body within the deadline. The client's own timeout stops at the response headers,
   * so a timer closes the stream when the deadline passes, which wakes the blocked read.
   */
  private byte[] readBody(HttpResponse<InputStream> response, URI url, long deadline)
      throws FetchException {
    long max = settings.maxBodyBytes();
    InputStream raw = response.body();
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> alarm = deadlines.schedule(() -> {
      expired.set(true);
      closeQuietly(raw);
    }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    try (raw) {
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > max) {
        throw new FetchException(Reason.TOO_LARGE, url,
            "Content-Length " + declared + " exceeds " + max + " bytes");
      }
      PushbackInputStream received = new PushbackInputStream(new LimitedInputStream(raw, max), 1);
      int first = received.read();
      if (first < 0) {
        return new byte[0];
      }
      received.unread(first);
      InputStream decoded = ContentDecoding.decode(
          received, response.headers().allValues("Content-Encoding"));
      return readAtMost(new LimitedInputStream(decoded, max));
    } catch (LimitedInputStream.LimitExceededException e) {
      throw new FetchException(Reason.TOO_LARGE, url, "body exceeds " + max + " bytes", e);
    } catch (ContentDecoding.UnsupportedEncodingException e) {
      throw new FetchException(Reason.UNSUPPORTED_ENCODING, url, e.getMessage(), e);
    } catch (IOException e) {
      if (expired.get()) {
        throw new FetchException(Reason.TIMEOUT, url,
            "body not received within " + settings.requestTimeout(), e);
      }
      throw new FetchException(Reason.IO, url, describe(e), e);
    } finally {
      alarm.cancel(false);
    }
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private Duration remaining(long deadline, URI url) throws FetchException {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new FetchException(Reason.TIMEOUT, url,
          "not done within " + settings.requestTimeout());
    }
    return Duration.ofNanos(nanos);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI resolve(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location.trim()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(Reason.BAD_URL, base, "bad redirect Location: " + location, e);
    }
  }

  /** Accepts absolute http(s) URLs with a host; drops the fragment, which never goes on the wire. */
  private static URI checkUrl(URI url, URI context) throws FetchException {
    String scheme = url.getScheme();
    if (scheme == null) {
      throw new FetchException(Reason.BAD_URL, context, "not an absolute URL: " + url);
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(Reason.UNSUPPORTED_SCHEME, context, "unsupported scheme: " + url);
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new FetchException(Reason.BAD_URL, context, "no usable host in " + url);
    }
    if (url.getRawFragment() == null) {
      return url;
    }
    try {
      return new URI(url.getScheme(), url.getRawAuthority() == null ? null : url.getAuthority(),
          url.getPath(), url.getQuery(), null);
    } catch (URISyntaxException e) {
      throw new FetchException(Reason.BAD_URL, context, "bad URL: " + url, e);
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // Nothing useful to do: the response is being abandoned anyway.
    }
  }

  /** Stops the client and the deadline timer. Fetches still running fail. A view closes nothing. */
  @Override
  public void close() {
    if (validators != null) {
      return;
    }
    deadlines.shutdownNow();
    client.shutdownNow();
  }
}
