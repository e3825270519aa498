/**
 * What the crawler did, per source and host, for operators: counts of fetches by outcome, bytes,
 * robots.txt refusals, articles published, duplicates skipped, the last time each source yielded
 * an article URL (so a source that silently stops shows up) and the delay from an article's
 * publication to its arrival in Kafka. {@link dev.newsflow.ingest.metrics.CrawlMetrics} keeps
 * them; {@link dev.newsflow.ingest.metrics.PrometheusText} writes them in the Prometheus text
 * format for any scraper.
 */
package dev.newsflow.ingest.metrics;
