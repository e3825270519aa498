package dev.newsflow.enrich.language;

import dev.newsflow.common.article.Language;
import java.util.Set;

/**
 * Tells the language and script of a text.
 *
 * <p>Implementations must be safe to call from several threads at once: one instance is shared by
 * every stream thread of the service.
 */
public interface LanguageDetector {

  /**
   * The language of {@code text}: an ISO 639-1 code, the ISO 15924 script the text is written in
   * and the detector's confidence. Returns {@code und} (see {@link Language#UNDETERMINED}) when
   * the text is null, empty, too short or the detector is not confident enough; never throws on
   * odd input.
   */
  Language detect(String text);

  /**
   * Like {@link #detect(String)}, with the language the page declares ({@code <html lang>}, feed
   * language; ISO 639-1, may be null) as a hint. The hint may settle a near tie between close
   * languages but never overrides clear evidence in the text. Detectors that take no hints
   * ignore it.
   */
  default Language detect(String text, String declaredLanguage) {
    return detect(text);
  }

  /**
   * The ISO 639-1 codes this detector can answer with, so that an evaluation can tell the
   * languages it gets wrong from those it does not know. Empty when the implementation does not
   * say.
   */
  default Set<String> languages() {
    return Set.of();
  }
}
