/**
 * enrich-service: reads clean articles from {@code news.articles}, adds language, keywords and
 * text statistics, and writes {@code news.articles.enriched} with exactly-once processing.
 *
 * <p>Entry points: {@link dev.newsflow.enrich.EnrichService} (the running application), {@link
 * dev.newsflow.enrich.EnrichTopology} (the Streams topology, for tests and embedding) and {@link
 * dev.newsflow.enrich.Enricher} (one article at a time, no Kafka).
 */
package dev.newsflow.enrich;
