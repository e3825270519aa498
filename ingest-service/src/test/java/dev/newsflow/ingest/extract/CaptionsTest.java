package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Abbildung 4: klassische Schwachschicht im Schneeprofil.",
      "Abbildung: Vergleich der Schneehöhen im Tal",
      "Fig. 2. The pier after the survey",
      "Photograph by Jane Doe, River Trust",
      "Golf im TV: die Übertragungszeiten im Überblick. (Foto: Getty)",
      "Der Sieger nach dem Rennen. © AFP / JANE DOE",
      "The plant at night (Credit: Jane Doe / Agency)",
      "Roman Prymula, photo: Archives of the Government",
      "Foto: Jane Doe/Agency",
      "Kuva: JANE DOE",
      "Helpers hand out blankets in the hall. Foto: Jane Doe/Agency",
      "Bricks on a pallet: the buyer pays later. - © jane_doe - stock.example.com",
  })
  void figureLabelsAndTrailingCreditsMakeACaption(String line) {
    assertThat(Captions.isCaption(line)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Prose that cites a figure or mentions a photographer is not a caption.
      "As figure 2 shows, the cracks grew over the winter.",
      "The photo: a bridge at dusk, the river, and a man who waited there for an hour every day.",
      "Images by the survey team were published on Tuesday, and the council met the next day.",
      // A copyright sign followed by a sentence is a legal note, judged elsewhere.
      "© 2022 River Trust. All rights reserved. Reprint only with permission.",
  })
  void proseMentioningPicturesIsNoCaption(String line) {
    assertThat(Captions.isCaption(line)).isFalse();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Abbildung 4: Die grösste Lawine dieser Woche|true",
      "Fig. 2. The pier after the survey|true",
      "Figures from the survey show the cracks grew|false",
  })
  void figureLabelIsFoundAtTheStartOfLongCaptionsToo(String text, boolean label) {
    assertThat(Captions.opensWithFigureLabel(text + " " + "and more words after it. ".repeat(20))).isEqualTo(label);
  }

  @org.junit.jupiter.api.Test
  void longParagraphEndingWithACreditIsNoCaption() {
    String line = "The council voted on Tuesday to rebuild the old river bridge. ".repeat(6) + "(Photo: Jane Doe)";

    assertThat(Captions.isCaption(line)).isFalse();
  }
}
