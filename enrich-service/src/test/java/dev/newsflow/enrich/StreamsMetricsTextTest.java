package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.stats.Avg;
import org.junit.jupiter.api.Test;

class StreamsMetricsTextTest {

  @Test
  void threadAndClientMetricsBecomeGaugesWithTheirTagsAsLabels() {
    try (Metrics metrics = new Metrics()) {
      Map<String, String> thread = Map.of("thread-id", "app-StreamThread-1", "client-id", "app");
      metrics.addMetric(metrics.metricName("process-total", "stream-thread-metrics", "", thread),
          (Measurable) (config, now) -> 42);
      metrics.addMetric(metrics.metricName("alive-stream-threads", "stream-metrics", "", Map.of("client-id", "a\"b")),
          (Measurable) (config, now) -> 1);

      String text = StreamsMetricsText.format(metrics.metrics());

      assertThat(text).contains(
          "# TYPE kafka_stream_thread_process_total gauge\n"
              + "kafka_stream_thread_process_total{client_id=\"app\",thread_id=\"app-StreamThread-1\"} 42.0\n",
          "kafka_stream_alive_stream_threads{client_id=\"a\\\"b\"} 1.0\n");
    }
  }

  @Test
  void taskLevelMetricsAndRatesWithoutSamplesAreLeftOut() {
    try (Metrics metrics = new Metrics()) {
      metrics.addMetric(metrics.metricName("process-total", "stream-task-metrics", "", Map.of("task-id", "0_1")),
          (Measurable) (config, now) -> 7);
      MetricName latency = metrics.metricName("commit-latency-avg", "stream-thread-metrics", "", Map.of());
      metrics.sensor("commit").add(latency, new Avg());

      assertThat(StreamsMetricsText.format(metrics.metrics())).doesNotContain("task", "NaN", "commit_latency");
    }
  }
}
