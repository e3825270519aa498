package dev.newsflow.enrich;

import dev.newsflow.common.ops.Prometheus;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Writes the Kafka Streams metrics an operator watches in the Prometheus text format: the client's
 * and each stream thread's processing, polling and commit figures, and the consumer's lag. Task,
 * processor and store level metrics are left out (they multiply by partitions and say little more).
 * Names become {@code kafka_<group>_<name>}, tags become labels.
 */
final class StreamsMetricsText {
  private static final Set<String> GROUPS = Set.of(
      "stream-metrics", "stream-thread-metrics", "consumer-fetch-manager-metrics", "producer-metrics");
  private static final Pattern NOT_A_NAME_CHAR = Pattern.compile("[^a-zA-Z0-9_]");

  private StreamsMetricsText() {}

  static String format(Map<MetricName, ? extends Metric> metrics) {
    // Sorted so that each metric's samples are together under one TYPE line, in a stable order.
    Map<String, Map<String, Double>> byName = new TreeMap<>();
    for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
      MetricName name = e.getKey();
      if (!GROUPS.contains(name.group()) || !(e.getValue().metricValue() instanceof Number number)) {
        continue;
      }
      double value = number.doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        continue; // a rate or latency with no samples yet
      }
      String metric = sanitize("kafka_" + name.group().replace("-metrics", "") + "_" + name.name());
      byName.computeIfAbsent(metric, k -> new TreeMap<>()).put(labels(name.tags()), value);
    }
    StringBuilder out = new StringBuilder();
    byName.forEach((metric, samples) -> {
      out.append("# TYPE ").append(metric).append(" gauge\n");
      samples.forEach((labels, value) -> out.append(metric).append(labels).append(' ')
          .append(String.format(Locale.ROOT, "%s", value)).append('\n'));
    });
    return out.toString();
  }

  private static String labels(Map<String, String> tags) {
    if (tags.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("{");
    new TreeMap<>(tags).forEach((k, v) -> {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(sanitize(k)).append("=\"")
          .append(Prometheus.labelValue(v)).append('"');
    });
    return out.append('}').toString();
  }

  private static String sanitize(String name) {
    return NOT_A_NAME_CHAR.matcher(name.replace('-', '_')).replaceAll("_");
  }
}
