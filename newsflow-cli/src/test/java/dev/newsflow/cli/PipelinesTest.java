package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PipelinesTest {
  @Test
  void entityLanguagesAreLowerCasedAndAnUnsetDefaultMeansNone() {
    EnrichCommand enrich = new EnrichCommand();
    new CommandLine(enrich).parseArgs("--entity-languages", "ZH, en");
    assertThat(Pipelines.languageCodes(enrich.entityLanguages)).containsExactlyInAnyOrder("zh", "en");

    EnrichCommand unset = new EnrichCommand();
    new CommandLine(unset).parseArgs();
    assertThat(Pipelines.languageCodes(unset.entityLanguages)).isEmpty();
    assertThat(Pipelines.languageCodes(Set.of(""))).isEmpty();
  }
}
