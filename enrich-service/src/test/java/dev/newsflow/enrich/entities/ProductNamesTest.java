package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductNamesTest {

  private static List<String> found(String text) {
    return found(text, List.of());
  }

  private static List<String> found(String text, List<EntityMention> taken) {
    List<EntityMention> mentions = ProductNames.find(text, taken);
    assertThat(mentions).allMatch(m -> m.type() == EntityType.MISC);
    return mentions.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "China has cracked down on shops using counterfeit Windows.                | Windows",
      "The school replaced Windows with Linux last year.                          | Windows;Linux",
      "Microsoft Windows still runs most office computers.                        | Windows",
      "Windows 11 ships with a new start menu.                                    | Windows 11",
      "Many users never upgraded from Windows XP.                                 | Windows XP",
      "She reads on a Kindle and edits in Photoshop.                              | Kindle;Photoshop",
      "Android phones outsell the iPhone in most markets.                         | Android;iPhone",
      "Sony sold the PlayStation 5 at a loss, Microsoft the Xbox One too.         | PlayStation 5;Xbox One",
      "The meeting moved to Microsoft Teams after the outage.                     | Teams",
      "Samsung Galaxy S24 owners reported the bug.                                | Galaxy S24",
      "Sie arbeitet mit Windows und Linux.                                        | Windows;Linux",
      "Il a installé Ubuntu sur son ordinateur.                                   | Ubuntu",
      "El iPhone 15 llegó a España en septiembre.                                 | iPhone 15",
      "Bugs in Firefox, Thunderbird and MS-DOS were fixed.                        | Firefox;Thunderbird;MS-DOS",
      "The iPhone's battery lasts a day.                                          | iPhone",
      "Kids play Minecraft on the Wii and buy songs on iTunes.                    | Minecraft;Wii",
      "It prints clearly from Adobe Acrobat 4.0 and later.                        | Acrobat 4.0",
      "Ubuntu 22.04 came out in April.                                            | Ubuntu 22.04",
  })
  void wellKnownProductNamesAreMisc(String text, String expected) {
    assertThat(found(text)).containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The windows were open all night.",
      "Windows and doors were replaced after the storm.",
      "Windows were broken in the riot.",
      "WINDOWS AND DOORS",
      "Open Windows And Doors Sale This Weekend",
      "He works at the Office of the President.",
      "Word spread quickly through the village.",
      "Die Teams spielten unentschieden.",
      "Der Windows-Rechner stürzte ab, der Linux-Server nicht.",
      "Outlook: Growth slows in 2025",
      "The economic outlook is bleak.",
      "The Economic Outlook Report was published.",
      "Safari parks and Galaxy quests are popular.",
      "Kindle the fire before dusk.",
      "She said: \"Windows are for looking out of.\"",
      "They crossed the Edge of the forest.",
      "windows, linux, android (all lower case)",
      "Cards of the GeForce GTX 4xx family are supported.",
      "The Linux Foundation hosts the project.",
      "Install Acrobat Reader to print it.",
  })
  void ordinaryWordsAndPartsOfOtherNamesAreNot(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void aWordAnEngineLabelledKeepsItsLabel() {
    String text = "He bought Windows from Microsoft Windows Division.";
    int taken = text.indexOf("Microsoft Windows Division");
    List<EntityMention> engine = List.of(new EntityMention(taken, taken + "Microsoft Windows Division".length(),
        EntityType.ORGANIZATION));

    assertThat(found(text, engine)).containsExactly("Windows");
    assertThat(ProductNames.find(text, engine).get(0).start()).isEqualTo(text.indexOf("Windows"));
  }

  @Test
  void matchingIsCaseSensitiveOnWholeWords() {
    assertThat(found("an iphone, an IPHONE, the Linuxes and Xboxes")).isEmpty();
  }

  @Test
  void textWithoutAnyNameGivesNothing() {
    assertThat(found("")).isEmpty();
    assertThat(found("   ")).isEmpty();
    assertThat(found("Angela Merkel besuchte Paris.")).isEmpty();
  }
}
