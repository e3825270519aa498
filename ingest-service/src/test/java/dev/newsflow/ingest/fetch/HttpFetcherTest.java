package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpFetcherTest {
  private static final Instant NOW = Instant.parse("2012-02-07T00:23:00Z");
  private static final long MAX_BODY = 1024 * 1024;

  private static NastyServer server;
  private static HttpFetcher fetcher;

  @BeforeAll
  static void start() throws Exception {
    server = new NastyServer();
    fetcher = new HttpFetcher(settings(Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    fetcher.close();
    server.close();
  }

  private static FetchSettings settings(Duration total) {
    return new FetchSettings("newsflow-test/0.1", Duration.ofSeconds(2), total, MAX_BODY, 5,
        AddressPolicy.allowingLoopback());
  }

  private static FetchException failure(String path) {
    return failure(fetcher, server.url(path));
  }

  private static FetchException failure(HttpFetcher f, URI url) {
    return catchThrowableOfType(FetchException.class, () -> f.fetch(url));
  }

  @Test
  void plainPageComesBackWithItsBodyTypeAndTime() throws Exception {
    FetchResult r = fetcher.fetch(server.url("/html"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(NastyServer.HTML);
    assertThat(r.finalUrl()).isEqualTo(r.requestedUrl()).isEqualTo(server.url("/html"));
    assertThat(r.fetchedAt()).isEqualTo(NOW);
    assertThat(r.notModified()).isFalse();
  }

  @Test
  void requestsIdentifyTheProductAndAskForCompression() throws Exception {
    String headers = new String(fetcher.fetch(server.url("/echo-headers")).body(),
        StandardCharsets.UTF_8);

    assertThat(headers).contains("user-agent: newsflow-test/0.1", "accept-encoding: gzip, deflate");
  }

  @Test
  void defaultUserAgentNamesTheProductAndWhereToLearnAboutIt() {
    assertThat(FetchSettings.defaults().userAgent())
        .isEqualTo("newsflow/0.1 (+https://github.com/newsflow/newsflow)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/gzip", "/deflate-zlib", "/deflate-raw"})
  void compressedBodiesAreDecoded(String path) throws Exception {
    assertThat(new String(fetcher.fetch(server.url(path)).body(), StandardCharsets.UTF_8))
        .isEqualTo(NastyServer.HTML);
  }

  @Test
  void emptyBodyWithAContentEncodingIsAnEmptyBody() throws Exception {
    assertThat(fetcher.fetch(server.url("/empty")).bodyLength()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"/status/404, 404", "/status/500, 500", "/status/300-without-location, 300"})
  void errorStatusesFailWithTheStatus(String path, int status) {
    FetchException e = failure(path);

    assertThat(e.reason()).isEqualTo("http-status");
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.url()).isEqualTo(server.url(path));
  }

  @Test
  void redirectChainWithinTheLimitEndsAtTheFinalUrl() throws Exception {
    FetchResult r = fetcher.fetch(server.url("/redirect/5"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.requestedUrl()).isEqualTo(server.url("/redirect/5"));
    assertThat(r.finalUrl()).isEqualTo(server.url("/redirect/0"));
  }

  @Test
  void relativeRedirectIsResolvedAgainstTheRedirectingUrl() throws Exception {
    assertThat(fetcher.fetch(server.url("/relative-redirect")).finalUrl())
        .isEqualTo(server.url("/html"));
  }

  @Test
  void oneRedirectTooManyIsRefused() {
    FetchException e = failure("/redirect/6");

    assertThat(e.reason()).isEqualTo("too-many-redirects");
    assertThat(server.hits("/redirect/0")).isZero();
  }

  @Test
  void redirectLoopIsDetectedBeforeTheLimit() {
    assertThat(failure("/loop/a").reason()).isEqualTo("redirect-loop");
  }

  @ParameterizedTest
  @CsvSource({
    "/to-metadata, address-refused",
    "/to-private, address-refused",
    "/to-file, unsupported-scheme",
    "/to-garbage, bad-url",
  })
  void redirectsToForbiddenPlacesAreRefusedBeforeConnecting(String path, String reason) {
    assertThat(failure(path).reason()).isEqualTo(reason);
  }

  @Test
  void redirectFromAPublicPolicyFetchToLoopbackInDisguiseIsRefused() throws Exception {
    // The first hop is allowed only because the test server is on loopback; the point is the hop.
    AddressPolicy loopbackOnlyForFirstHop = new AddressPolicy(false,
        host -> host.equals("127.0.0.1")
            ? new InetAddress[] {InetAddress.getByName("93.184.216.34")} // pretend it is public
            : InetAddress.getAllByName(host));
    FetchSettings s = new FetchSettings("t", Duration.ofSeconds(2), Duration.ofSeconds(5),
        MAX_BODY, 5, loopbackOnlyForFirstHop);
    try (HttpFetcher f = new HttpFetcher(s)) {
      FetchException e = failure(f, server.url("/to-mapped-loopback"));

      assertThat(e.reason()).isEqualTo("address-refused");
      assertThat(e.url().getHost()).isEqualTo("[::ffff:127.0.0.1]");
    }
  }

  @Test
  void defaultPolicyRefusesLoopbackWithoutConnecting() {
    int before = server.totalHits();
    try (HttpFetcher f = new HttpFetcher(FetchSettings.defaults())) {
      assertThat(failure(f, server.url("/html")).reason()).isEqualTo("address-refused");
    }
    assertThat(server.totalHits()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.1", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]",
      "[::1]", "0.0.0.0", "[::]"})
  void defaultPolicyRefusesLoopbackInEveryDisguise(String host) {
    int before = server.totalHits();
    try (HttpFetcher f = new HttpFetcher(FetchSettings.defaults())) {
      URI url = URI.create("http://" + host + ":" + server.port() + "/html");
      assertThatThrownBy(() -> f.fetch(url)).isInstanceOf(FetchException.class);
    }
    assertThat(server.totalHits()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://127.0.0.1/feed.xml, unsupported-scheme",
    "file:///etc/passwd, unsupported-scheme",
    "javascript:alert(1), unsupported-scheme",
    "/relative/path, bad-url",
    "http:///no-host, bad-url",
    "http://under_score.example/, bad-url",
  })
  void unusableUrlsAreRefusedWithoutTouchingTheNetwork(String url, String reason) {
    assertThat(failure(fetcher, URI.create(url)).reason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/huge-declared", "/huge-chunked"})
  void bodyLargerThanTheLimitIsRefused(String path) {
    assertThat(failure(path).reason()).isEqualTo("too-large");
  }

  @Test
  void gzipBombIsRefusedOnceTheDecodedSizePassesTheLimit() {
    // About 1 MiB on the wire, well under this limit; 1 GiB decoded, beyond the test heap.
    FetchSettings s = new FetchSettings("t", Duration.ofSeconds(2), Duration.ofSeconds(20),
        4 * MAX_BODY, 5, AddressPolicy.allowingLoopback());
    try (HttpFetcher f = new HttpFetcher(s)) {
      assertThat(failure(f, server.url("/gzip-bomb")).reason()).isEqualTo("too-large");
    }
  }

  @Test
  void encodingWeDidNotAskForIsRefused() {
    assertThat(failure("/brotli").reason()).isEqualTo("unsupported-encoding");
  }

  @Test
  void slowDripServerHitsTheTotalTimeout() {
    try (HttpFetcher f = new HttpFetcher(settings(Duration.ofMillis(700)))) {
      FetchException e = failure(f, server.url("/slow-drip"));

      assertThat(e.reason()).isEqualTo("timeout");
    }
  }

  @Test
  void serverThatNeverAnswersHitsTheTotalTimeout() {
    try (HttpFetcher f = new HttpFetcher(settings(Duration.ofMillis(500)))) {
      assertThat(failure(f, server.url("/slow-headers")).reason()).isEqualTo("timeout");
    }
  }

  @Test
  void bodyShorterThanItsContentLengthIsAnIoFailure() {
    assertThat(failure(fetcher, server.shortBodyUrl()).reason()).isEqualTo("io");
  }

  @Test
  void refusedConnectionIsAnIoFailure() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1,
        InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    assertThat(failure(fetcher, URI.create("http://127.0.0.1:" + closedPort + "/")).reason())
        .isEqualTo("io");
  }

  @Test
  void unchangedResourceIsNotModifiedWithAnEmptyBody() throws Exception {
    FetchResult first = fetcher.fetch(server.url("/etag"));
    FetchResult second = fetcher.fetch(server.url("/etag"), first.etag(), first.lastModified());

    assertThat(first.notModified()).isFalse();
    assertThat(first.etag()).isEqualTo(NastyServer.ETAG);
    assertThat(first.lastModified()).isEqualTo(NastyServer.LAST_MODIFIED);
    assertThat(second.notModified()).isTrue();
    assertThat(second.bodyLength()).isZero();
    assertThat(second.etag()).isEqualTo(NastyServer.ETAG);
  }

  @Test
  void lastModifiedAloneIsEnoughForA304() throws Exception {
    assertThat(fetcher.fetch(server.url("/etag"), null, NastyServer.LAST_MODIFIED).notModified())
        .isTrue();
  }

  @Test
  void conditionalViewSendsTheValidatorsItIsGivenForEachUrl() throws Exception {
    java.util.Map<URI, Validators> known = java.util.Map.of(server.url("/etag"), new Validators(NastyServer.ETAG, null));
    HttpFetcher view = fetcher.conditional(known::get);

    assertThat(view.fetch(server.url("/etag")).notModified()).isTrue();
    assertThat(view.fetch(server.url("/html")).notModified()).as("no validators known: a plain GET").isFalse();
    view.close();
    assertThat(fetcher.fetch(server.url("/html")).status()).as("closing the view leaves the fetcher open").isEqualTo(200);
  }

  @Test
  void resultBodyCannotBeChangedFromOutside() throws Exception {
    FetchResult r = fetcher.fetch(server.url("/html"));
    r.body()[0] = 'X';

    assertThat(r.body()[0]).isEqualTo((byte) '<');
  }
}
