package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  @ParameterizedTest(name = "[{0}] → authors [{1}], outlet [{2}]")
  @CsvSource(delimiter = '#', nullValues = "-", value = {
      "By Tang Lan ( China Daily)#Tang Lan#China Daily",
      "By Tang Lan (China Daily)#Tang Lan#China Daily",
      "BY ZHANG YI#ZHANG YI#-",
      "By Sarah O'Connor and Jean-Luc Martin#Sarah O'Connor;Jean-Luc Martin#-",
      "By Ludwig van Beethoven#Ludwig van Beethoven#-",
      "Par Claire Dubois#Claire Dubois#-",
      "Von Jonas Weber und Lea Fischer#Jonas Weber;Lea Fischer#-",
      "Von Anna Schmidt | Nordblick#Anna Schmidt#Nordblick",
      "记者 王小明#王小明#-",
      "本报记者 张三 李四#张三;李四#-",
      "记者王小明报道#王小明#-",
      "来源：示例新闻网 作者：王小明#王小明#示例新闻网",
  })
  void bylinesGivePersonsAsAuthorsAndOutletsSeparately(String line, String authors, String outlet) {
    Bylines.Byline byline = Bylines.parseLine(line).orElseThrow();

    assertThat(byline.authors()).containsExactlyElementsOf(List.of(authors.split(";")));
    assertThat(byline.outlet()).isEqualTo(outlet);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By the end of the year, prices had doubled.",
      "by then it was too late",
      "By 2030 the city wants to be carbon neutral",
      "By Staff Reporter",
      "By AFP",
      "Par ailleurs, le gouvernement a annoncé une réforme.",
      "Von 1990 bis 2000 stieg die Zahl deutlich.",
      "记者发现，这里的公交车准点率大幅提升。",
      "文化部今天发布了新的规定",
      "",
  })
  void sentencesAndStaffCreditsAreNotBylines(String line) {
    assertThat(Bylines.parseLine(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tang Lan|Tang Lan",
      "Claire Dubois, Marc Petit|Claire Dubois;Marc Petit",
      "China Daily|",
      "https://example.com/authors/tang-lan|",
      "王小明|王小明",
  })
  void metadataAuthorsAreFilteredToPersonNames(String value, String expected) {
    List<String> names = Bylines.namesFromMetadata(value, "China Daily");

    assertThat(names).containsExactlyElementsOf(
        expected == null ? List.of() : List.of(expected.split(";")));
  }

  @Property(tries = 500)
  void neverThrowsAndNeverReturnsBlankNames(@ForAll String line) {
    Bylines.parseLine(line).ifPresent(b -> assertThat(b.authors()).allSatisfy(a -> assertThat(a).isNotBlank()));
    assertThat(Bylines.namesFromMetadata(line, null)).allSatisfy(a -> assertThat(a).isNotBlank());
  }
}
