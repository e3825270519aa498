package dev.newsflow.ingest;

/**
 * What one pass over a source did.
 *
 * @param discovered article URLs found (in feeds, sitemaps, section pages and URL lists), each once
 * @param published articles published
 * @param skipped URLs already published earlier (or failed for good) and not fetched again, or
 *     fetched again and found unchanged (a 304, or the same content hash)
 * @param failed pages or feeds that failed, each with a dead letter
 * @param robotsRefused of the failed, those robots.txt did not let us fetch
 */
public record PollReport(int discovered, int published, int skipped, int failed, int robotsRefused) {
  public static final PollReport EMPTY = new PollReport(0, 0, 0, 0, 0);

  /** A report without robots refusals. */
  public PollReport(int discovered, int published, int skipped, int failed) {
    this(discovered, published, skipped, failed, 0);
  }

  public PollReport plus(PollReport other) {
    return new PollReport(
        discovered + other.discovered, published + other.published, skipped + other.skipped, failed + other.failed,
        robotsRefused + other.robotsRefused);
  }
}
