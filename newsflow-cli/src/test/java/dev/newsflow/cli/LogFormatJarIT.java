package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.common.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NEWSFLOW_LOG_FORMAT, as the packaged jar reads it at start-up. */
class LogFormatJarIT {
  @TempDir Path work;

  private int run(String name, Map<String, String> env) throws Exception {
    // A command that fails after logging its failure at DEBUG: a log line without any setup.
    Process p = NewsflowJar.start(work, name, List.of("extract", "no-such-page.html"), env);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void jsonFormatWritesOneJsonObjectPerLogLineOnStderr() throws Exception {
    int exit = run("json", Map.of("NEWSFLOW_LOG_FORMAT", "json", "NEWSFLOW_LOG_LEVEL", "DEBUG"));

    assertThat(exit).isEqualTo(1);
    List<JsonNode> logLines = new ArrayList<>();
    for (String line : NewsflowJar.stderr(work, "json").split("\n")) {
      if (line.startsWith("{")) {
        logLines.add(Json.mapper().readTree(line));
      }
    }
    assertThat(logLines).anySatisfy(line -> {
      assertThat(line.path("level").asText()).isEqualTo("DEBUG");
      assertThat(line.path("loggerName").asText()).isEqualTo(Newsflow.class.getName());
      assertThat(line.path("message").asText()).isEqualTo("command failed");
      assertThat(line.path("timestamp").asLong()).isPositive();
    });
    assertThat(NewsflowJar.stderr(work, "json")).contains("newsflow extract: no such file, folder or URL")
        .as("logback's own start-up status stays quiet").doesNotContain("|-INFO", "|-WARN");
  }

  @Test
  void textFormatIsTheDefault() throws Exception {
    run("text", Map.of("NEWSFLOW_LOG_LEVEL", "DEBUG"));

    assertThat(NewsflowJar.stderr(work, "text"))
        .containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} DEBUG .* - command failed$")
        .doesNotContain("{\"");
  }

  @Test
  void anUnknownFormatIsRefusedBeforeAnythingRuns() throws Exception {
    assertThat(run("bad", Map.of("NEWSFLOW_LOG_FORMAT", "xml"))).isEqualTo(2);

    assertThat(NewsflowJar.stderr(work, "bad"))
        .isEqualTo("newsflow: NEWSFLOW_LOG_FORMAT must be one of [text, json], was: xml\n");
  }
}
