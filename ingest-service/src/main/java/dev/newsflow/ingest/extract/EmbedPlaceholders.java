package dev.newsflow.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the notice a page shows in place of an embedded post or video until the reader
 * agrees to load it ("Wir respektieren deine Privatsphäre und stellen deshalb ohne dein
 * Einverständnis keine Verbindung zu Twitter her"): page machinery, not the article.
 *
 * <p>A notice addresses the reader's consent ("your consent", "dein Einverständnis") and names
 * the platform or external content it holds back; prose that reports on consent ("Meta will ask
 * users for consent") does not speak to the reader, so it stays.
 */
final class EmbedPlaceholders {
  /** A notice is short: a sentence or two and a button label. */
  static final int MAX_CHARS = 400;

  private static final Pattern READERS_CONSENT = Pattern.compile(
      "your consent|\\bdein(?:e|em|er)? (?:einverständnis|einwilligung|zustimmung)"
          + "|\\bihr(?:e|em|er)? (?:einverständnis|einwilligung|zustimmung)"
          + "|votre consentement|su consentimiento|twoj[aeą] zgod");
  private static final Pattern EMBEDDED_CONTENT = Pattern.compile(
      "twitter|youtube|instagram|facebook|vimeo|spotify|tiktok|social[- ]media"
          + "|externe[nrm]? inhalt|external content|third[- ]party|drittanbieter"
          + "|contenu externe|contenido externo");

  private EmbedPlaceholders() {}

  /**
   * A cheap first look, since this runs on every line of every page: the consent words' stems,
   * which keep their case whether or not the word opens a sentence.
   */
  private static boolean mentionsConsent(String line) {
    return line.contains("onsent") || line.contains("nverständnis") || line.contains("nwilligung")
        || line.contains("ustimmung") || line.contains("zgod");
  }

  /** Whether {@code line} is a consent notice standing in for embedded content. */
  static boolean isPlaceholder(String line) {
    if (line.length() > MAX_CHARS || !mentionsConsent(line)) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return READERS_CONSENT.matcher(lower).find() && EMBEDDED_CONTENT.matcher(lower).find();
  }
}
