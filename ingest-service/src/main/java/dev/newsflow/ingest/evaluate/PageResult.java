package dev.newsflow.ingest.evaluate;

import dev.newsflow.ingest.extract.ExtractedArticle;
import java.util.Objects;

/**
 * What the extractor made of one page of a dataset.
 *
 * @param set the dataset's folder name
 * @param id the page id (file name without {@code .html.gz})
 * @param language the truth's language code
 * @param article the extracted record, or null when extraction threw
 * @param failure the failure's reason code and message, or null when extraction succeeded
 * @param nanos time spent decoding and extracting the page
 */
public record PageResult(
    String set, String id, String language, ExtractedArticle article, String failure, long nanos) {

  public PageResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(id, "id");
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("a page result has either an article or a failure");
    }
  }

  /** The extracted main text, or empty when extraction threw. */
  public String text() {
    return article == null ? "" : article.text();
  }
}
