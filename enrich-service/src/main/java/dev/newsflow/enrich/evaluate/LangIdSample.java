package dev.newsflow.enrich.evaluate;

import java.util.Objects;

/**
 * One labelled text of a language-identification set.
 *
 * @param text the text
 * @param lang its gold language, ISO 639-1
 * @param bucket length bucket ({@code short}, {@code sentence}, {@code paragraph})
 * @param kind finer origin ({@code word}, {@code pair}, ...); the bucket when the set has none
 */
public record LangIdSample(String text, String lang, String bucket, String kind) {
  public LangIdSample {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(kind, "kind");
  }
}
