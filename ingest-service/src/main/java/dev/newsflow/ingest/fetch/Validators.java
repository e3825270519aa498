package dev.newsflow.ingest.fetch;

/**
 * What a previous response said about its version, to ask the server for changes only.
 *
 * @param etag its ETag, sent as If-None-Match; may be null
 * @param lastModified its Last-Modified, sent as If-Modified-Since; may be null
 */
public record Validators(String etag, String lastModified) {
  public Validators {
    if (etag == null && lastModified == null) {
      throw new IllegalArgumentException("validators need an ETag or a Last-Modified date");
    }
  }
}
