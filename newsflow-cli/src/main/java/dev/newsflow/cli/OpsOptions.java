package dev.newsflow.cli;

import dev.newsflow.common.ops.Health;
import dev.newsflow.common.ops.OpsEndpoint;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Where a long-running command serves its metrics and health, for the commands that run services. */
final class OpsOptions {
  @Option(names = "--metrics", paramLabel = "[HOST:]PORT", defaultValue = "${env:NEWSFLOW_METRICS:-}",
      description = "Serve metrics (Prometheus text format) at http://HOST:PORT/metrics and health probes at "
          + "/health/live and /health/ready (200 or 503); HOST defaults to 127.0.0.1, use 0.0.0.0 for a "
          + "scraper or probe on another machine (env NEWSFLOW_METRICS; default: off).")
  String metrics;

  /** Starts the endpoint when --metrics asks for one; closing the result stops it. */
  AutoCloseable start(String service, Supplier<String> metricsText, Supplier<Health> health) {
    if (metrics == null || metrics.isBlank()) {
      return () -> { };
    }
    OpsEndpoint endpoint = OpsEndpoint.start(address(metrics), metricsText, health);
    String base = "http://" + endpoint.address().getHostString() + ":" + endpoint.address().getPort();
    System.err.printf("newsflow: %s metrics at %s/metrics, health at %s/health/live and /health/ready%n",
        service, base, base);
    return endpoint;
  }

  static InetSocketAddress address(String spec) {
    String s = spec.strip();
    int colon = s.lastIndexOf(':');
    String host = colon < 0 ? "127.0.0.1" : s.substring(0, colon);
    int port;
    try {
      port = Integer.parseInt(colon < 0 ? s : s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--metrics wants [HOST:]PORT, was: " + spec);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--metrics port out of range: " + port);
    }
    return new InetSocketAddress(host, port);
  }
}
