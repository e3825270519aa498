package dev.newsflow.ingest.evaluate;

/** Hears about every page an {@link ExtractionEvaluation} extracts, e.g. to show progress. */
@FunctionalInterface
public interface PageListener {
  /** Does nothing. */
  PageListener NONE = (result, done, total) -> {};

  /**
   * Called after each page, on the evaluating thread; the time it takes is not counted.
   *
   * @param result what the extractor made of the page
   * @param done pages extracted so far, this one included, over all sets
   * @param total pages the evaluation will extract, over all sets
   */
  void onPage(PageResult result, int done, int total) throws java.io.IOException;
}
