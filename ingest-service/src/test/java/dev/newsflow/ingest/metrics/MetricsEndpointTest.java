package dev.newsflow.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

  @Test
  void servesTheCurrentCountsOverHttp() throws Exception {
    CrawlMetrics metrics = new CrawlMetrics();
    try (MetricsEndpoint endpoint =
            MetricsEndpoint.start(metrics, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        HttpClient client = HttpClient.newHttpClient()) {
      URI uri = URI.create("http://127.0.0.1:" + endpoint.address().getPort() + "/metrics");
      metrics.fetched("cd", "www.chinadaily.com.cn", "timeout", 0);

      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(PrometheusText.CONTENT_TYPE);
      assertThat(response.body())
          .contains("newsflow_ingest_fetches_total{source=\"cd\",host=\"www.chinadaily.com.cn\",outcome=\"timeout\"} 1");

      HttpResponse<String> post = client.send(
          HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    }
  }
}
