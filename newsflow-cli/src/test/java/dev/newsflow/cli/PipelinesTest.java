package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.enrich.EnrichSettings;
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
    assertThat(Pipelines.languageCodes(enrich.entities.entityLanguages)).containsExactlyInAnyOrder("zh", "en");

    EnrichCommand unset = new EnrichCommand();
    new CommandLine(unset).parseArgs();
    assertThat(Pipelines.languageCodes(unset.entities.entityLanguages)).isEmpty();
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

  @Test
  void miscEntitiesAreOnUnlessTheOperatorSwitchesThemOff(@TempDir Path cache) {
    ModelStore models = new ModelStore(cache, ModelStore.MAVEN_CENTRAL);
    EnrichCommand unset = new EnrichCommand();
    new CommandLine(unset).parseArgs();
    EnrichCommand off = new EnrichCommand();
    new CommandLine(off).parseArgs("--entity-misc=false", "--entity-languages", "en");
    RunCommand runOff = new RunCommand();
    new CommandLine(runOff).parseArgs("--entity-misc", "false");

    assertThat(unset.entities.entityMisc).isTrue();
    assertThat(runOff.entities.entityMisc).isFalse();
    EnrichSettings settings = Pipelines.settings(cache, (short) 1, 2, off.entities.entityLanguages, off.entities.entityMisc, models);
    assertThat(settings.entityMisc()).isFalse();
    assertThat(settings.entityLanguages()).containsExactly("en");
    assertThat(settings.streamThreads()).isEqualTo(2);
    assertThat(Pipelines.settings(cache, (short) 1, 1, Set.of("de"), unset.entities.entityMisc, models).entityMisc()).isTrue();
  }

  @Test
  void enrichAndRunHelpExplainTheMiscSwitch() {
    for (Object command : new Object[] {new EnrichCommand(), new RunCommand()}) {
      // picocli wraps the description, after spaces and after periods
      String help = new CommandLine(command).getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", "");
      assertThat(help).contains("--entity-misc=true|false", "NEWSFLOW_ENTITY_MISC", "english.conll.4class",
          "Whethermiscentities");
    }
  }

  @Test
  void entityMiscTakesOnlyTrueOrFalse() {
    assertThatThrownBy(() -> new CommandLine(new EnrichCommand()).parseArgs("--entity-misc=sometimes"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--entity-misc");
  }
}
