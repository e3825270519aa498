package dev.newsflow.common.article;

import java.util.Objects;

/**
 * One language of a mixed-language article and how much of it is in that language.
 *
 * @param code ISO 639-1 code (lower case); never {@code und}
 * @param script ISO 15924 script code, or null when the detector does not tell
 * @param share this language's part of the letters in the paragraphs that could be judged, in
 *     (0, 1]
 * @param paragraphs how many judged paragraphs are in this language, at least one
 */
public record LanguageShare(String code, String script, double share, int paragraphs) {
  public LanguageShare {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language code must be ISO 639-1, was: " + code);
    }
    if (script != null && !script.matches("[A-Z][a-z]{3}")) {
      throw new IllegalArgumentException("script must be an ISO 15924 code, was: " + script);
    }
    if (!(share > 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be in (0, 1], was " + share);
    }
    if (paragraphs < 1) {
      throw new IllegalArgumentException("paragraphs must be at least 1, was " + paragraphs);
    }
  }

  /** The BCP 47 tag, e.g. {@code en}, {@code zh-Hant}. */
  public String tag() {
    return script == null ? code : code + "-" + script;
  }
}
