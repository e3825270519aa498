package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.newsflow.ingest.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files in {@code deploy/} run the commands this build makes: every container's arguments parse,
 * every sources file validates, every probe asks a path the services serve on the port they are
 * told to serve on. A renamed option or endpoint fails here, not in someone's cluster.
 */
class DeployManifestsTest {
  private static final Path DEPLOY = Path.of("").toAbsolutePath().getParent().resolve("deploy");
  private static final YAMLMapper YAML = new YAMLMapper();

  record Container(String file, String name, List<String> args, JsonNode spec) {}

  @Test
  void everyContainerCommandParsesWithThisBuildsOptions() throws IOException {
    List<Container> containers = containers();
    assertThat(containers).extracting(Container::name)
        .contains("ingest", "enrich", "models", "compose:ingest", "compose:enrich");

    for (Container c : containers) {
      assertThatCode(() -> Newsflow.commandLine().parseArgs(c.args().toArray(String[]::new)))
          .as("%s in %s: %s", c.name(), c.file(), c.args()).doesNotThrowAnyException();
    }
  }

  @Test
  void probesAskTheHealthPathsOnThePortTheServiceServes() throws IOException {
    List<Container> services = containers().stream()
        .filter(c -> c.file().startsWith("kubernetes") && !c.name().equals("models")).toList();
    assertThat(services).hasSize(2);
    for (Container c : services) {
      int metricsAt = c.args().indexOf("--metrics");
      assertThat(metricsAt).as(c.name()).isNotNegative();
      int port = OpsOptions.address(c.args().get(metricsAt + 1)).getPort();
      assertThat(c.spec().path("ports").get(0).path("containerPort").asInt()).as(c.name()).isEqualTo(port);
      assertThat(c.spec().path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
      assertThat(c.spec().path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
    }
  }

  @Test
  void theSourcesFilesValidate() throws Exception {
    SourceRegistry compose = SourceRegistry.load(DEPLOY.resolve("compose").resolve("sources.yaml"));
    assertThat(compose.sources()).isNotEmpty();

    JsonNode configMap = documents(DEPLOY.resolve("kubernetes").resolve("config.yaml")).stream()
        .filter(d -> d.path("metadata").path("name").asText().equals("newsflow-sources")).findFirst().orElseThrow();
    SourceRegistry kubernetes = SourceRegistry.read(configMap.path("data").path("sources.yaml").asText(), "config.yaml");
    assertThat(kubernetes.sources()).isEqualTo(compose.sources());
  }

  private static List<Container> containers() throws IOException {
    List<Container> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode doc : documents(file)) {
          JsonNode pod = doc.path("spec").path("template").path("spec");
          for (String kind : List.of("initContainers", "containers")) {
            for (JsonNode c : pod.path(kind)) {
              out.add(new Container("kubernetes/" + file.getFileName(), c.path("name").asText(), strings(c.path("args")), c));
            }
          }
        }
      }
    }
    JsonNode compose = documents(DEPLOY.resolve("compose").resolve("docker-compose.yml")).get(0);
    compose.path("services").properties().forEach(e -> {
      if (e.getValue().has("command")) {
        out.add(new Container("compose/docker-compose.yml", "compose:" + e.getKey(),
            strings(e.getValue().path("command")), e.getValue()));
      }
    });
    return out;
  }

  private static List<JsonNode> documents(Path file) throws IOException {
    try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
      return values.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
