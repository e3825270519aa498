package dev.newsflow.common.article;

import java.util.Objects;

/**
 * The detected language of an article.
 *
 * @param code ISO 639-1 code (lower case), or {@code und} when the detector is not sure enough
 * @param script ISO 15924 script code (e.g. {@code Latn}, {@code Hans}, {@code Hant}), or null
 * @param confidence the detector's confidence in {@code code}, between 0 and 1
 */
public record Language(String code, String script, double confidence) {
  /** The code used when no language can be told with enough confidence. */
  public static final String UNDETERMINED = "und";

  public Language {
    Objects.requireNonNull(code, "code");
    if (!code.equals(UNDETERMINED) && !code.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language code must be ISO 639-1 or 'und', was: " + code);
    }
    if (script != null && !script.matches("[A-Z][a-z]{3}")) {
      throw new IllegalArgumentException("script must be an ISO 15924 code, was: " + script);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  public static Language undetermined() {
    return new Language(UNDETERMINED, null, 0.0);
  }

  /** The BCP 47 tag, e.g. {@code en}, {@code zh-Hant}. */
  public String tag() {
    return script == null ? code : code + "-" + script;
  }
}
