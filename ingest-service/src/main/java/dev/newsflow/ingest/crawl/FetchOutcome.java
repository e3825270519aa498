package dev.newsflow.ingest.crawl;

import dev.newsflow.ingest.fetch.FetchResult;
import java.util.Objects;

/** How a polite fetch ended: with a response, or with a failure and its reason code. */
public sealed interface FetchOutcome {

  /** The page or feed arrived. */
  record Fetched(FetchResult result, int attempts) implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * It did not.
   *
   * @param reason a stable code: the {@link dev.newsflow.ingest.fetch.FetchException} reasons,
   *     {@code robots-disallowed} (robots.txt forbids the URL) or {@code robots-unavailable}
   *     (robots.txt could not be read, so nothing on the host is fetched for a while)
   * @param detail for people
   * @param transientFailure whether it may go away by itself, so that a later poll should try again
   * @param attempts how many fetches were made (0 when none was allowed)
   */
  record Failed(String reason, String detail, boolean transientFailure, int attempts) implements FetchOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      detail = detail == null ? "" : detail;
    }
  }
}
