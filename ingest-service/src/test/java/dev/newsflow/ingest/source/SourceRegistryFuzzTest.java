package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, reading it either gives sources or a located, coded rejection. */
class SourceRegistryFuzzTest {

  @Property(tries = 300)
  void arbitraryTextIsAcceptedOrRejectedWithReasonsNeverCrashes(@ForAll("yamlish") String text) {
    try {
      SourceRegistry registry = SourceRegistry.read(text, "fuzz.yaml");
      assertThat(registry.sources()).isNotEmpty();
    } catch (InvalidSourcesException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.reason()).matches("[a-z0-9-]+");
        assertThat(p.line()).isBetween(0, text.split("\n", -1).length + 1);
      });
    }
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> pieces = Arbitraries.of(
        "sources:", "\n", "  - ", "id: a", "id: b", "feeds:", "    - ", "https://example.com/f",
        "timeZone: Asia/Shanghai", "country: NO", "language: zh", "limits:", "maxFeedItems: 3",
        "pollInterval: 5m", "[", "]", "{", "}", ":", "\"", "'", "&x ", "*x", "---", "\t", "#", " ", "é", "中");
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }
}
