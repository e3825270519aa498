/**
 * Finding article URLs: feeds (RSS 0.9x/2.0, RSS 1.0, Atom 1.0, JSON Feed 1.x), sitemaps and plain
 * URL lists.
 *
 * <p>{@link dev.newsflow.ingest.discover.FeedParser} turns a fetched feed into
 * {@link dev.newsflow.ingest.discover.FeedEntry} values; {@link
 * dev.newsflow.ingest.discover.SitemapParser} turns a sitemap (URL set, index or Google News,
 * plain or gzip) into a {@link dev.newsflow.ingest.discover.Sitemap}. Neither resolves DTDs or
 * external entities, both bound their input, and each reports anything it cannot read as its own
 * exception ({@link dev.newsflow.ingest.discover.FeedException}, {@link
 * dev.newsflow.ingest.discover.SitemapException}) with a stable reason code.
 * {@link dev.newsflow.ingest.discover.UrlList} reads one-off URL lists.
 *
 * <p>{@link dev.newsflow.ingest.discover.SitemapWalk} decides which sitemaps of a source to follow
 * in one poll and which of their pages to fetch; {@link dev.newsflow.ingest.discover.SectionPage}
 * picks article links off section pages, by the source's {@link
 * dev.newsflow.ingest.discover.ArticlePatterns} or by {@link
 * dev.newsflow.ingest.discover.ArticleLinks#looksLikeArticle}.
 */
package dev.newsflow.ingest.discover;
