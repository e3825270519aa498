package dev.newsflow.ingest;

/**
 * What one pass over a source did.
 *
 * @param discovered article URLs found (in feeds and URL lists)
 * @param published articles published
 * @param skipped URLs already published earlier and not fetched again
 * @param failed pages or feeds that failed, each with a dead letter
 */
public record PollReport(int discovered, int published, int skipped, int failed) {
  public static final PollReport EMPTY = new PollReport(0, 0, 0, 0);

  public PollReport plus(PollReport other) {
    return new PollReport(
        discovered + other.discovered, published + other.published, skipped + other.skipped, failed + other.failed);
  }
}
