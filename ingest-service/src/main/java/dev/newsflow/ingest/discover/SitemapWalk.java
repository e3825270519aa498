package dev.newsflow.ingest.discover;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sitemaps of one source during one poll: which ones to fetch (each once, indexes followed
 * to a bounded depth, a capped number of children, newest first) and which of their pages are
 * worth fetching. It decides; the caller fetches. Thread-safe.
 *
 * <pre>{@code
 * SitemapWalk walk = new SitemapWalk(SitemapPolicy.defaults(), clock.instant());
 * if (walk.start(url)) fetch(url, 0);
 * // on a fetched index at depth d:
 * walk.children(index, url, d).forEach(child -> fetch(child, d + 1));
 * // on a fetched URL set:
 * walk.articles(urlSet, patterns, limits.maxFeedItems()).forEach(this::consider);
 * }</pre>
 */
public final class SitemapWalk {
  private final SitemapPolicy policy;
  private final Instant cutoff;
  private final Set<URI> started = new HashSet<>();
  private int children;

  /** A walk that considers {@code lastmod} dates from {@code now} minus the policy's window on. */
  public SitemapWalk(SitemapPolicy policy, Instant now) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.cutoff = Objects.requireNonNull(now, "now").minus(policy.recentWindow());
  }

  /** Records that {@code sitemap} is to be fetched; false when it already was in this walk. */
  public synchronized boolean start(URI sitemap) {
    return started.add(Objects.requireNonNull(sitemap, "sitemap"));
  }

  /**
   * The children of an index fetched from {@code indexUrl} at {@code depth} that should be fetched
   * now: none beyond the policy's depth; on the same site as the index (the protocol lets an index
   * list only its own host's sitemaps); not already fetched in this walk; not older than the
   * window by their {@code lastmod}; the newest first (undated ones after them, in document
   * order); no more than what is left of the per-poll cap. Each returned child counts as started.
   */
  public synchronized List<URI> children(Sitemap index, URI indexUrl, int depth) {
    if (index.kind() != Sitemap.Kind.INDEX || depth >= policy.maxDepth()) {
      return List.of();
    }
    List<Sitemap.Child> candidates = new ArrayList<>();
    for (Sitemap.Child child : index.sitemaps()) {
      boolean recent = child.lastModified() == null || !child.lastModified().toInstant().isBefore(cutoff);
      if (recent && ArticleLinks.sameSite(child.location().getHost(), indexUrl.getHost())) {
        candidates.add(child);
      }
    }
    candidates.sort(Comparator.comparing(Sitemap.Child::lastModified,
        Comparator.nullsLast(Comparator.<OffsetDateTime, Instant>comparing(OffsetDateTime::toInstant).reversed())));
    List<URI> chosen = new ArrayList<>();
    for (Sitemap.Child child : candidates) {
      if (children >= policy.maxChildrenPerPoll()) {
        break;
      }
      if (started.add(child.location())) {
        children++;
        chosen.add(child.location());
      }
    }
    return chosen;
  }

  /**
   * The pages of a URL set worth fetching, as discovery hints, at most {@code max}. A Google News
   * entry is taken with its title and publication date; a plain entry when its {@code lastmod} is
   * within the window or absent (its lastmod says when the page changed, not when it was
   * published, so it is not passed on as a date). Entries that the source's patterns refuse are
   * left out. Dated entries come newest first, then undated ones in document order.
   */
  public List<FeedEntry> articles(Sitemap urlSet, ArticlePatterns patterns, int max) {
    List<Sitemap.Url> taken = new ArrayList<>();
    for (Sitemap.Url url : urlSet.urls()) {
      OffsetDateTime date = dateOf(url);
      if ((date == null || !date.toInstant().isBefore(cutoff)) && patterns.admits(url.location())) {
        taken.add(url);
      }
    }
    taken.sort(Comparator.comparing(SitemapWalk::dateOf,
        Comparator.nullsLast(Comparator.<OffsetDateTime, Instant>comparing(OffsetDateTime::toInstant).reversed())));
    List<FeedEntry> entries = new ArrayList<>();
    for (Sitemap.Url url : taken.subList(0, Math.min(max, taken.size()))) {
      Sitemap.News news = url.news();
      entries.add(news == null
          ? new FeedEntry(url.location(), null, null)
          : new FeedEntry(url.location(), news.title(), news.published()));
    }
    return entries;
  }

  private static OffsetDateTime dateOf(Sitemap.Url url) {
    if (url.news() != null && url.news().published() != null) {
      return url.news().published();
    }
    return url.lastModified();
  }
}
