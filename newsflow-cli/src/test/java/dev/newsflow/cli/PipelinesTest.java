package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.entities.models.CoreNlpModels;
import dev.newsflow.enrich.entities.models.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void withoutEntityLanguagesTheCachedModelsDecideAndNoneSwitchesAllOff(@TempDir Path cache) throws IOException {
    ModelStore models = new ModelStore(cache, ModelStore.MAVEN_CENTRAL);
    Path german = models.path(CoreNlpModels.forLanguage("de").orElseThrow());
    Files.createDirectories(german.getParent());
    Files.write(german, new byte[] {1});

    assertThat(Pipelines.entityLanguages(Set.of(""), models)).containsExactly("de");
    assertThat(Pipelines.entityLanguages(Set.of("none"), models)).isEmpty();
    assertThat(Pipelines.entityLanguages(Set.of("ZH", "en"), models)).containsExactlyInAnyOrder("zh", "en");
  }
}
