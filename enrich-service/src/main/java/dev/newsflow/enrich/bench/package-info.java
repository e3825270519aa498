/**
 * The enrichment benchmark: articles per CPU-second for a mixed-language stream, engine load time
 * and heap with the engines loaded. Run it with {@code newsflow bench enrich}.
 */
package dev.newsflow.enrich.bench;
