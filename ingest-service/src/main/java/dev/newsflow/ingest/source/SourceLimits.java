package dev.newsflow.ingest.source;

/**
 * Bounds on one poll of a source, so that one huge or misbehaving source cannot hold up the others
 * or fill memory.
 *
 * @param maxFeedItems items taken from each feed, in feed order (feeds list the newest first);
 *     the rest are ignored
 * @param maxArticlesPerPoll new article pages fetched per poll; the others wait for the next poll
 */
public record SourceLimits(int maxFeedItems, int maxArticlesPerPoll) {
  /** No bounds beyond what the service itself enforces. */
  public static final SourceLimits NONE = new SourceLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public SourceLimits {
    if (maxFeedItems < 1 || maxArticlesPerPoll < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }
}
