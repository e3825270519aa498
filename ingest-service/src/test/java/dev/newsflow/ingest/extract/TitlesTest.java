package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

  @ParameterizedTest(name = "[{0}] → [{4}]")
  @CsvSource(delimiter = '#', nullValues = "-", value = {
      "Let us join hands to make Internet safe - China Daily#China Daily#example.org#-#Let us join hands to make Internet safe",
      "Let us join hands to make Internet safe |Op-Ed Contributors |chinadaily.com.cn#-#www.chinadaily.com.cn#-#Let us join hands to make Internet safe",
      "示例市启用新一代智能公交调度系统_示例新闻网#示例新闻网#127.0.0.1#-#示例市启用新一代智能公交调度系统",
      "示例市启用新一代智能公交调度系统_新华网#-#127.0.0.1#示例市启用新一代智能公交调度系统#示例市启用新一代智能公交调度系统",
      "Nordblick | Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe#Nordblick#example.de#-#Kiel baut erstes Quartier mit Meerwasser-Wärmepumpe",
      "Biden - Xi summit ends without deal#-#example.com#-#Biden - Xi summit ends without deal",
      "COVID-19 cases fall for a third week#-#example.com#-#COVID-19 cases fall for a third week",
      "Réforme des retraites : le gouvernement recule#-#example.fr#-#Réforme des retraites : le gouvernement recule",
      "Headline about the harbour | The Example Times#The Example Times#example.com#-#Headline about the harbour",
  })
  void siteNameAffixesAreRemoved(String raw, String siteName, String host, String h1, String expected) {
    assertThat(Titles.clean(raw, siteName, host, h1)).isEqualTo(expected);
  }

  /**
   * declared # document title # h1 texts (";" between h1s, "/" between the parts of one) # site
   * name # host # expected.
   */
  @ParameterizedTest(name = "[{0}] h1 [{2}] → [{5}]")
  @CsvSource(delimiter = '#', nullValues = "-", value = {
      // og:title written for search engines, h1 for readers
      "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA#-#Wie hoch sind die Zinsen für einen Privatkredit?#-#example.de"
          + "#Wie hoch sind die Zinsen für einen Privatkredit?",
      "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer#-#Kaeser verarscht Neubauer#-#example.de#Kaeser verarscht Neubauer",
      "Ultium Cells erhöht Gigafactory-Kapazität - Battery-News.de#-#Ultium Cells erhöht Gigafactory-Kapazität in Tennessee#-#battery-news.de"
          + "#Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
      // a section name or a logo in an h1 shares no word with the story
      "Energiewende: Kommunen planen Wärmenetze#-#Pressemitteilungen#-#example.de#Energiewende: Kommunen planen Wärmenetze",
      "Was ist Virales Marketing?#-#Example Blog#Example Blog#example.org#Was ist Virales Marketing?",
      // blog themes put the site name in the h1; the document title lists it as a segment
      "-#Four Years Remaining » Interning of Small Integers in Python#Four Years Remaining#-#fouryears.eu"
          + "#Interning of Small Integers in Python",
      "-#Interning of Small Integers in Python : Four Years Remaining#Four Years Remaining#-#example.eu"
          + "#Interning of Small Integers in Python",
      "-#Ben Wilson Surf - Point of Sail - Segelmacher in Kiel#Ben Wilson Surf#-#example.de#Ben Wilson Surf",
      "-#Muffin Grundrezept | Muffin Rezepte#Muffin Rezepte#-#example.net#Muffin Grundrezept",
      // without a declared title the page's heading beats a navigational document title
      "-#Home#Time to say goodbye.#-#example.de#Time to say goodbye.",
      // kicker in an element of its own, or marked as one
      "Eigentumsvorbehalt: Das sollten Käufer wissen#-#Forderungsausfälle vermeiden Eigentumsvorbehalt: Das sollten Käufer wissen"
          + "/Forderungsausfälle vermeiden#-#example.de#Eigentumsvorbehalt: Das sollten Käufer wissen",
      "Klimaschutz: Bohren, bis es heiß wird#-#: Bohren, bis es heiß wird#-#example.de#Bohren, bis es heiß wird",
      // no h1: the declared title without affixes; nothing at all: the document title
      "-#Muffin Grundrezept | Muffin Rezepte#-#Muffin Rezepte#example.net#Muffin Grundrezept",
      "-#-#Only a heading here#-#example.net#Only a heading here",
      "武汉的声音：有英勇的你，才有英雄的城！-新华网#-#武汉的声音：有英勇的你，才有英雄的城！#新华网#example.cn#武汉的声音：有英勇的你，才有英雄的城！",
  })
  void visibleHeadingWinsWhenItNamesTheSameStory(String declared, String documentTitle, String h1s,
      String siteName, String host, String expected) {
    List<Titles.Heading> headings = h1s == null ? List.of() : Arrays.stream(h1s.split(";"))
        .map(h -> {
          String[] parts = h.split("/");
          return new Titles.Heading(parts[0], Arrays.asList(parts).subList(1, parts.length));
        })
        .toList();
    assertThat(Titles.choose(declared, documentTitle, headings, siteName, host)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] / [{1}] share a word: {2}")
  @CsvSource(delimiter = '#', value = {
      "Wie hoch sind die Zinsen?#Privatkredit-Zinsen im Vergleich#true",
      "Pressemitteilungen#Kommunen planen Wärmenetze#false",
      "Der Tag und die Uhr#Die Uhr ist neu#false",
      "武汉的声音#新华网：武汉加油#true",
  })
  void sharedWordsIgnoreShortFunctionWords(String a, String b, boolean shared) {
    assertThat(Titles.sharesWord(a, b)).isEqualTo(shared);
  }
}
