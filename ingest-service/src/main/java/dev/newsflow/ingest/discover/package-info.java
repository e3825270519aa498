/**
 * Finding article URLs: feeds (RSS 0.9x/2.0, RSS 1.0, Atom 1.0, JSON Feed 1.x) and plain URL lists.
 *
 * <p>{@link dev.newsflow.ingest.discover.FeedParser} turns a fetched feed into
 * {@link dev.newsflow.ingest.discover.FeedEntry} values; it never resolves DTDs or external
 * entities, bounds its input, and reports anything it cannot read as a
 * {@link dev.newsflow.ingest.discover.FeedException} with a stable reason code.
 * {@link dev.newsflow.ingest.discover.UrlList} reads one-off URL lists.
 */
package dev.newsflow.ingest.discover;
