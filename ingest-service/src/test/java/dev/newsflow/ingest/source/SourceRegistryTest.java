package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsflow.ingest.extract.ExtractionOverrides;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRegistryTest {
  private static final Path FIXTURES = Path.of("src/test/resources/source");

  @Test
  void validFileGivesEverySourceWithItsOwnValuesAndTheDefaultsForTheRest() throws Exception {
    SourceRegistry registry = SourceRegistry.load(FIXTURES.resolve("valid/mixed.yaml"));

    assertThat(registry.sources()).extracting(s -> s.source().id()).containsExactly("chinadaily", "nrk", "renmin");
    SourceConfig chinaDaily = registry.find("chinadaily").orElseThrow();
    assertThat(chinaDaily.source().name()).isEqualTo("China Daily");
    assertThat(chinaDaily.source().country()).isEqualTo("CN");
    assertThat(chinaDaily.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(chinaDaily.languageHint()).isEqualTo("en");
    assertThat(chinaDaily.feeds()).containsExactly(URI.create("https://www.chinadaily.com.cn/rss/china_rss.xml"));
    assertThat(chinaDaily.pollInterval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(chinaDaily.perHostDelay()).isEqualTo(Duration.ofSeconds(5));
    // maxFeedItems from the file's defaults block, maxArticlesPerPoll from the source.
    assertThat(chinaDaily.limits()).isEqualTo(new SourceLimits(50, 20));

    SourceConfig nrk = registry.find("nrk").orElseThrow();
    assertThat(nrk.pollInterval()).isEqualTo(Duration.ofMinutes(5)); // the file's defaults block
    assertThat(nrk.perHostDelay()).isEqualTo(SourceRegistry.defaults().perHostDelay()); // the documented default
    assertThat(nrk.limits().maxArticlesPerPoll()).isEqualTo(SourceRegistry.defaults().limits().maxArticlesPerPoll());
    assertThat(nrk.articleUrls()).as("a repeated URL is kept once").containsExactly(URI.create("https://www.nrk.no/norge/"));
  }

  @Test
  void norwayStaysACountryAlthoughYamlOnePointOneReadsNoAsFalse() throws Exception {
    SourceConfig nrk = SourceRegistry.load(FIXTURES.resolve("valid/mixed.yaml")).find("nrk").orElseThrow();
    assertThat(nrk.source().country()).isEqualTo("NO");
    assertThat(nrk.languageHint()).isEqualTo("nb");
  }

  @Test
  void internationalisedHostNamesAreWrittenInAscii() throws Exception {
    SourceConfig renmin = SourceRegistry.load(FIXTURES.resolve("valid/mixed.yaml")).find("renmin").orElseThrow();
    assertThat(renmin.feeds()).containsExactly(URI.create("http://xn--gmq282eogn.xn--fiqs8s/rss/politics.xml"));
    assertThat(renmin.source().name()).isEqualTo("人民网");
    assertThat(renmin.languageHint()).isEqualTo("zh-Hans");
  }

  @ParameterizedTest(name = "{0}: line {1}, {2}")
  @CsvSource(textBlock = """
      unknown-key,                  3, unknown-key
      missing-id,                   2, missing-key
      bad-time-zone,                3, bad-time-zone
      bad-country-uk,               5, bad-country
      bad-language,                 3, bad-language
      bad-url,                      5, bad-url
      relative-url,                 4, bad-url
      bad-duration,                 5, bad-duration
      poll-too-short,               2, out-of-range
      limit-out-of-range,           6, out-of-range
      limit-not-a-number,           6, wrong-type
      duplicate-id,                 5, duplicate-id
      duplicate-key,                5, duplicate-key
      no-urls,                      2, no-urls
      feeds-not-a-list,             3, wrong-type
      name-is-a-list,               4, wrong-type
      bad-id,                       2, bad-id
      source-not-a-mapping,         2, wrong-type
      sources-missing,              1, missing-key
      sources-empty,                1, no-sources
      empty,                        0, no-sources
      top-level-list,               1, wrong-type
      yaml-syntax-bad-indent,       5, yaml-syntax
      yaml-syntax-unclosed-quote,   6, yaml-syntax
      yaml-tab-indent,              2, yaml-syntax
      two-documents,                6, yaml-syntax
      too-deep,                     3, too-deep
      alias-bomb,                   2, yaml-syntax
      not-utf8,                     0, not-utf8
      bad-pattern,                  8, bad-pattern
      sitemaps-from-robots-not-boolean, 5, wrong-type
      article-patterns-unknown-key, 6, unknown-key
      bad-sitemap-url,              5, bad-url
      bad-selector,                 6, bad-selector
      bad-drop-selector,            7, bad-selector
      extraction-unknown-key,       6, unknown-key
      drop-not-a-list,              5, wrong-type
      """)
  void invalidFileIsRejectedWithTheLineAndTheReason(String file, int line, String reason) {
    Path path = FIXTURES.resolve("invalid/" + file + ".yaml");
    InvalidSourcesException e = catchThrowableOfType(InvalidSourcesException.class, () -> SourceRegistry.load(path));

    assertThat(e).as("%s must be rejected", file).isNotNull();
    assertThat(e.problems()).extracting(SourceFileProblem::line, SourceFileProblem::reason)
        .contains(org.assertj.core.groups.Tuple.tuple(line, reason));
    assertThat(e.getMessage()).contains(path + ":" + line + ":").contains(reason);
  }

  @Test
  void sitemapsSectionsAndArticlePatternsAreReadWithTheirDefaults() throws Exception {
    String text = """
        sources:
          - id: aljazeera
            sitemaps:
              - https://www.aljazeera.com/news-sitemap.xml
            sitemapsFromRobots: true
            sections:
              - https://www.aljazeera.com/news/
            articlePatterns:
              include: ['/news/\\d{4}/\\d{2}/\\d{2}/']
              exclude: ['/liveblog/']
          - id: lemonde
            feeds: [https://www.lemonde.fr/rss/une.xml]
        """;
    SourceRegistry registry = SourceRegistry.read(text, "discovery.yaml");

    Discovery aljazeera = registry.find("aljazeera").orElseThrow().discovery();
    assertThat(aljazeera.sitemaps()).containsExactly(URI.create("https://www.aljazeera.com/news-sitemap.xml"));
    assertThat(aljazeera.sitemapsFromRobots()).isTrue();
    assertThat(aljazeera.sections()).containsExactly(URI.create("https://www.aljazeera.com/news/"));
    assertThat(aljazeera.articlePatterns().admits(URI.create("https://www.aljazeera.com/news/2026/11/29/talks"))).isTrue();
    assertThat(aljazeera.articlePatterns().admits(URI.create("https://www.aljazeera.com/news/2026/11/29/liveblog/x"))).isFalse();
    assertThat(registry.find("lemonde").orElseThrow().discovery()).isEqualTo(Discovery.NONE);
  }

  @Test
  void extractionSelectorsAreReadIntoTheSourceAndAbsentOnesStayUnset() throws Exception {
    String text = """
        sources:
          - id: spiegel
            feeds: [https://www.spiegel.de/schlagzeilen/index.rss]
            extraction:
              body: 'div[data-area=body]'
              byline: '.author a'
              drop: ['.related', 'figure > figcaption']
          - id: lemonde
            feeds: [https://www.lemonde.fr/rss/une.xml]
        """;
    SourceRegistry registry = SourceRegistry.read(text, "extraction.yaml");

    ExtractionOverrides spiegel = registry.find("spiegel").orElseThrow().extraction();
    assertThat(spiegel).isEqualTo(new ExtractionOverrides(
        "div[data-area=body]", null, ".author a", null, List.of(".related", "figure > figcaption")));
    assertThat(registry.find("lemonde").orElseThrow().extraction()).isEqualTo(ExtractionOverrides.NONE);
  }

  @Test
  void invalidSelectorIsRejectedAtLoadWithItsLineAndWhatIsWrong() {
    String text = """
        sources:
          - id: spiegel
            feeds: [https://www.spiegel.de/schlagzeilen/index.rss]
            extraction:
              title: 'h1 > span[class'
        """;
    InvalidSourcesException e = catchThrowableOfType(InvalidSourcesException.class,
        () -> SourceRegistry.read(text, "s.yaml"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.reason()).isEqualTo("bad-selector");
      assertThat(p.message()).contains("h1 > span[class").contains("not a CSS selector");
    });
  }

  @Test
  void aSourceWithOnlySectionPagesIsValid() throws Exception {
    String text = "sources:\n  - id: nhk\n    sections: [https://www3.nhk.or.jp/news/]\n";
    assertThat(SourceRegistry.read(text, "s.yaml").find("nhk").orElseThrow().discovery().sections()).hasSize(1);
  }

  @Test
  void everyProblemOfAFileIsListedInLineOrder() {
    String text = """
        sources:
          - id: lemonde
            country: FRA
            timeZone: Europe/Pariss
            feeds:
              - https://www.lemonde.fr/rss/une.xml
          - id: spiegel
            pollIntervall: 5m
            feeds:
              - https://www.spiegel.de/schlagzeilen/index.rss
        """;
    InvalidSourcesException e = catchThrowableOfType(InvalidSourcesException.class, () -> SourceRegistry.read(text, "two.yaml"));

    assertThat(e.problems()).extracting(SourceFileProblem::line, SourceFileProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "bad-country"),
        org.assertj.core.groups.Tuple.tuple(4, "bad-time-zone"),
        org.assertj.core.groups.Tuple.tuple(8, "unknown-key"));
    assertThat(e.problems().get(2).message()).contains("did you mean 'pollInterval'?");
  }

  @Test
  void unknownKeyNamesTheKnownOnesWhenNothingIsClose() {
    String text = "sources:\n  - id: x\n    zzzzzzzzzz: 1\n    feeds: [https://example.com/feed]\n";
    assertThatThrownBy(() -> SourceRegistry.read(text, "f.yaml"))
        .isInstanceOf(InvalidSourcesException.class)
        .hasMessageContaining("f.yaml:3:5: unknown-key")
        .hasMessageContaining("known keys: articlePatterns, articleUrls, country, extraction, feeds");
  }

  @Test
  void bundledSourcesAreValidAndSpanManyLanguagesScriptsAndTimeZones() {
    SourceRegistry bundled = SourceRegistry.bundled();

    assertThat(bundled.sources()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(bundled.sources()).allSatisfy(s -> {
      assertThat(s.timeZone()).as("time zone of %s", s.source().id()).isNotNull();
      assertThat(s.source().country()).as("country of %s", s.source().id()).isNotNull();
      assertThat(s.languageHint()).as("language of %s", s.source().id()).isNotNull();
      assertThat(s.feeds()).as("feeds of %s", s.source().id()).isNotEmpty();
    });
    Set<String> languages = bundled.sources().stream()
        .map(s -> s.languageHint().replaceFirst("-.*", "")).collect(Collectors.toSet());
    assertThat(languages).contains("en", "zh", "fr", "de", "es", "pt", "ja", "ru", "ar", "hi");
    Set<Character.UnicodeScript> scripts = bundled.sources().stream()
        .map(s -> s.source().name()).filter(Objects::nonNull)
        .flatMap(name -> name.codePoints().mapToObj(Character.UnicodeScript::of))
        .collect(Collectors.toSet());
    assertThat(scripts).contains(Character.UnicodeScript.HAN, Character.UnicodeScript.CYRILLIC,
        Character.UnicodeScript.ARABIC, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.LATIN);
    assertThat(bundled.find("chinadaily").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(bundled.find("nhk").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void documentedDefaultsAreTheOnesSourcesGet() {
    SourceDefaults defaults = SourceRegistry.defaults();
    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults.perHostDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(defaults.limits()).isEqualTo(new SourceLimits(500, 200));
  }

  @Test
  void defaultsFileExplainsEveryKeyASourceMayHave() throws Exception {
    String documentation;
    try (var in = SourceRegistry.class.getResourceAsStream(SourceRegistry.DEFAULTS_RESOURCE)) {
      documentation = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (String key : SourceFileReader.SOURCE_KEYS) {
      assertThat(documentation).as("documentation of '%s'", key).containsPattern("(?m)^#\\s+" + key + "\\s");
    }
    for (String key : SourceFileReader.PATTERN_KEYS) {
      assertThat(documentation).as("documentation of '%s'", key).containsPattern("(?m)^#\\s+" + key + "\\s");
    }
    for (String key : SourceFileReader.EXTRACTION_KEYS) {
      assertThat(documentation).as("documentation of '%s'", key).containsPattern("(?m)^#\\s+" + key + "\\s");
    }
    for (String key : SourceFileReader.LIMIT_KEYS) {
      assertThat(documentation).as("documentation of '%s'", key).containsPattern("(?m)^#\\s+" + key + "\\s");
    }
  }
}
