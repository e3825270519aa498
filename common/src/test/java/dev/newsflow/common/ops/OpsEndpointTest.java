package dev.newsflow.common.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpsEndpointTest {
  private final AtomicReference<Health> health = new AtomicReference<>(Health.starting("joining group"));
  private final AtomicReference<String> metrics = new AtomicReference<>("newsflow_up 1\n");
  private final OpsEndpoint endpoint = OpsEndpoint.start(
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics::get, health::get);
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    endpoint.close();
    client.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + endpoint.address().getPort() + path);
  }

  @Test
  void metricsAreAskedForOnEveryScrape() throws Exception {
    HttpResponse<String> first = get("/metrics");
    metrics.set("newsflow_up 2\n");
    HttpResponse<String> second = get("/metrics");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue(Prometheus.CONTENT_TYPE);
    assertThat(first.body()).isEqualTo("newsflow_up 1\n");
    assertThat(second.body()).isEqualTo("newsflow_up 2\n");
  }

  @Test
  void aStartingServiceIsLiveButNotReadyAndSaysWhy() throws Exception {
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(ready.body()).contains("\"status\":\"DOWN\"", "\"detail\":\"joining group\"");

    health.set(Health.up("streams RUNNING"));
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(get("/health/ready").body()).contains("\"status\":\"UP\"");

    health.set(Health.down("stream thread died"));
    assertThat(get("/health/live").statusCode()).isEqualTo(503);
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
  }

  @Test
  void aFailingHealthCheckAnswers500InsteadOfHanging() throws Exception {
    health.set(null);
    HttpResponse<String> response = get("/health/live");
    assertThat(response.statusCode()).isEqualTo(500);
  }

  @Test
  void onlyGetAndHeadAreAnsweredAndUnknownPathsAreNotFound() throws Exception {
    HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/metrics"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

    HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/metrics"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();

    assertThat(get("/admin").statusCode()).isEqualTo(404);
  }

  @Test
  void labelValuesEscapeWhatTheFormatRequires() {
    assertThat(Prometheus.labelValue("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
  }

  @Test
  void healthIsNeverReadyWithoutBeingLiveAndCombinesBothWays() {
    assertThatThrownBy(() -> new Health(false, true, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Health.up("a").and(Health.starting("b"))).isEqualTo(new Health(true, false, "a; b"));
    assertThat(Health.up("a").and(Health.down("b"))).isEqualTo(new Health(false, false, "a; b"));
  }
}
