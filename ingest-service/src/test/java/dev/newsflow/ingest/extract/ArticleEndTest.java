package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleEndTest {
  private static final String PROSE = "Die Gemeinde teilte am Montag mit, dass die Proben aus dem "
      + "Netz seit der Reparatur der Leitung wieder einwandfrei seien, und dass die Bevölkerung das "
      + "Wasser ab sofort wieder ohne Abkochen trinken könne, wie es vor dem Rohrbruch üblich war.";

  @ParameterizedTest
  @ValueSource(strings = {
      "Foto: dpa", "© 2022 Example Media", "Abonnieren Sie unseren Newsletter", "Share this article:",
      "War der Artikel nützlich?", "Crédits photos : Bestimage", "Über den Autor",
      "Follow us on Twitter", "Suscríbete aquí", "Kommentare geschlossen"})
  void shortClosingLineAfterTheLastProseIsDropped(String closing) {
    assertThat(ArticleEnd.trim(List.of(PROSE, PROSE, closing))).containsExactly(PROSE, PROSE);
  }

  @Test
  void closingCueBeforeTheLastProseIsKept() {
    List<String> text = List.of(PROSE, "Foto: dpa", PROSE);
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @Test
  void shortLastLineWithoutCueIsKept() {
    List<String> text = List.of(PROSE, PROSE, "Die Gemeinde will im Frühjahr informieren.");
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Schon gelesen?", "Interessante Artikel", "Related articles",
      "Das könnte Sie auch interessieren", "Artículos relacionados", "相关阅读",
      "Das könnte dich auch interessieren:", "Das Thema könnte euch auch interessieren",
      "Zum Weiterlesen:", "Weiterführende Links"})
  void teaserHeadingFollowedByShortTeasersEndsTheArticle(String heading) {
    List<String> text = List.of(PROSE, PROSE, heading, "Neue Leitung in Boltigen", "Wasser im Tal");
    assertThat(ArticleEnd.trim(text)).containsExactly(PROSE, PROSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Über den Autor", "AUTOR", "About the author", "Weitere Informationen:",
      "Explore further", "Originalpublikation", "Zusatzinformationen:"})
  void closingHeadingLateInTheTextEndsTheArticleWithTheBoxItOpens(String heading) {
    String bio = "Jan Muster ist Redakteur im Ressort Wirtschaft und schreibt seit vielen Jahren über "
        + "Energie, Verkehr und die Wasserversorgung der Gemeinden im Berner Oberland und im Wallis.";
    List<String> text = List.of(PROSE, PROSE, PROSE, heading, "Jan Muster", bio);
    assertThat(ArticleEnd.trim(text)).containsExactly(PROSE, PROSE, PROSE);
  }

  @Test
  void closingHeadingEarlyInTheTextDropsOnlyItself() {
    List<String> text = List.of(PROSE, "Weitere Informationen:", PROSE, PROSE);
    assertThat(ArticleEnd.trim(text)).containsExactly(PROSE, PROSE, PROSE);
  }

  @Test
  void bibliographyAfterTheTextIsKept() {
    List<String> text = List.of(PROSE, PROSE, "Literatur", "Muster J, 1998. Wasser im Tal. Bern.");
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @Test
  void disclosureAboveOrUnderTheTextIsDroppedThoughLongerThanAClosingLine() {
    String disclosure = "This post contains references to products from one or more of our advertisers. "
        + "We may receive compensation when you click on links to those products, which does not "
        + "change what we write about them.";
    assertThat(ArticleEnd.trim(List.of(disclosure, PROSE, PROSE, disclosure))).containsExactly(PROSE, PROSE);
  }

  @Test
  void disclosureWordsInsideTheTextAreKept() {
    String prose = "Der Verband kritisiert, dass Affiliate-Programme und Provisionen die Auswahl der "
        + "Produkte in vielen Ratgebern bestimmen, und fordert, dass solche Links deutlich "
        + "gekennzeichnet werden, damit Leserinnen und Leser sie erkennen können.";
    List<String> text = List.of(PROSE, prose, PROSE);
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @Test
  void inlineTeaserHeadingDropsOnlyItselfAndItsTitle() {
    List<String> text = List.of(PROSE, "Lee también...", "Un titular de otra noticia", PROSE, PROSE);
    assertThat(ArticleEnd.trim(text)).containsExactly(PROSE, PROSE, PROSE);
  }

  @Test
  void longClosingParagraphIsKept() {
    List<String> text = new ArrayList<>(List.of(PROSE));
    text.add("Folgen Sie uns: " + PROSE);
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @Test
  void textWithoutProseIsLeftAsItIs() {
    List<String> text = List.of("Foto: dpa", "Kurz");
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }

  @Test
  void shortLabelWithCueBeforeTheFirstProseIsDropped() {
    assertThat(ArticleEnd.trim(List.of("Anzeige", "Werbung: enthält Affiliate Links", PROSE, PROSE)))
        .containsExactly(PROSE, PROSE);
  }

  @Test
  void shortLeadWithoutCueIsKept() {
    List<String> text = List.of("Boltigen BE", PROSE, PROSE);
    assertThat(ArticleEnd.trim(text)).isEqualTo(text);
  }
}
