package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.common.article.Entity.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreNlpLabelsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "PERSON,       PERSON",
      "I-PER,        PERSON",
      "B-PER,        PERSON",
      "PERS,         PERSON",
      "ORGANIZATION, ORGANIZATION",
      "I-ORG,        ORGANIZATION",
      "LOCATION,     LOCATION",
      "I-LOC,        LOCATION",
      "LUG,          LOCATION",
      "GPE,          LOCATION",
      "MISC,         MISC",
      "I-MISC,       MISC",
      "OTROS,        MISC",
      "O,            none",
      "DATE,         none",
      "NUMBER,       none",
      "TITLE,        none",
  })
  void labelsOfEveryModelMapToTheFourTypes(String label, EntityType expected) {
    assertThat(CoreNlpLabels.type(label)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"B-PER, true", "I-PER, false", "PERSON, false"})
  void onlyABPrefixStartsANewEntity(String label, boolean begins) {
    assertThat(CoreNlpLabels.begins(label)).isEqualTo(begins);
  }
}
