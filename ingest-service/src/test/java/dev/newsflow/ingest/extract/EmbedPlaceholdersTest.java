package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedPlaceholdersTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
      "Mit Ihrer Zustimmung werden hier externe Inhalte von YouTube geladen.",
      "This video from Vimeo is only shown with your consent. Load the video",
      "Ce contenu externe (Instagram) ne s'affiche qu'avec votre consentement.",
  })
  void consentNoticesForEmbeddedContentArePlaceholders(String line) {
    assertThat(EmbedPlaceholders.isPlaceholder(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Reporting on consent, not asking the reader for it.
      "Meta will ask users in the EU for their consent before showing ads on Facebook and Instagram.",
      "Der Datenschutzbeauftragte kritisiert, dass Twitter die Einwilligung der Nutzer nicht einholt.",
      // Asking for consent, but for nothing embedded.
      "Mit Ihrer Zustimmung verarbeiten wir Ihre Daten für den Versand des Newsletters.",
      "",
  })
  void otherLinesAreNot(String line) {
    assertThat(EmbedPlaceholders.isPlaceholder(line)).isFalse();
  }

  @Test
  void aPlaceholderForAnEmbeddedPostLeavesTheText() throws ExtractionException {
    String body = "<article><h1>Exports of arms rose again</h1>"
        + "<p>The government approved more arms exports this year than in any year before, figures published on Monday show.</p>"
        + "<div class=\"embed\"><p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine "
        + "Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.</p></div>"
        + "<p>Critics said the rules on exports to countries at war were not applied strictly enough, and asked for a new law.</p>"
        + "</article>";

    ExtractedArticle article = ArticleExtractorTest.extract(ArticleExtractorTest.page("", body), null);

    assertThat(article.text()).contains("figures published on Monday", "asked for a new law")
        .doesNotContain("Einverständnis");
  }

  @Property(tries = 300)
  void neverThrowsAndOnlyShortLinesArePlaceholders(@ForAll String line) {
    if (EmbedPlaceholders.isPlaceholder(line)) {
      assertThat(line.length()).isLessThanOrEqualTo(EmbedPlaceholders.MAX_CHARS);
    }
  }
}
