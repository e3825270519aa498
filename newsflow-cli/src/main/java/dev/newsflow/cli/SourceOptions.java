package dev.newsflow.cli;

import dev.newsflow.common.article.Source;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.discover.UrlList;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.source.InvalidSourcesException;
import dev.newsflow.ingest.source.SourceConfig;
import dev.newsflow.ingest.source.SourceRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** What to collect, for the commands that run ingest-service. */
final class SourceOptions {
  @Option(names = "--sources", paramLabel = "FILE",
      description = "YAML sources file (see `newsflow sources check`); its sources are collected with any --feed/--urls.")
  Path sourcesFile;

  @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed whose items are articles (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--urls", paramLabel = "FILE", description = "File with article URLs, one per line (# comments).")
  Path urlFile;

  @Option(names = "--source-id", defaultValue = "cli", description = "Source id written into each article (default: ${DEFAULT-VALUE}).")
  String sourceId;

  @Option(names = "--source-name", description = "Outlet name written into each article.")
  String sourceName;

  @Option(names = "--country", description = "Outlet country, ISO 3166-1 alpha-2 (e.g. CN).")
  String country;

  @Option(names = "--time-zone", paramLabel = "ZONE",
      description = "Outlet time zone (e.g. Asia/Shanghai): times pages show without an offset are read in it.")
  ZoneId timeZone;

  @Option(names = "--language", description = "Outlet language hint (BCP 47), e.g. en.")
  String language;

  @Option(names = "--interval", defaultValue = "10m", converter = DurationConverter.class,
      description = "Time between polls of the --feed/--urls source (default: ${DEFAULT-VALUE}); "
          + "sources from a file use their pollInterval.")
  Duration interval;

  @Option(names = "--per-host-delay", defaultValue = "2s", converter = DurationConverter.class,
      description = "Minimum time between two requests to one host (default: ${DEFAULT-VALUE}); "
          + "a source's perHostDelay or a host's robots.txt Crawl-delay may make it longer.")
  Duration perHostDelay;

  @Option(names = "--once", description = "One pass over the sources, then stop.")
  boolean once;

  @Option(names = "--ingest-group", paramLabel = "GROUP", defaultValue = "${env:NEWSFLOW_INGEST_GROUP:-}",
      description = "Consumer group of the ingest instances that split the hosts between them (env "
          + "NEWSFLOW_INGEST_GROUP; default: newsflow-ingest, after the topic prefix).")
  String ingestGroup;

  @Option(names = "--allow-loopback",
      description = "Allow fetching from this machine (127.0.0.0/8, ::1), e.g. a local test site. "
          + "Loopback, private and link-local addresses are refused by default (SSRF guard).")
  boolean allowLoopback;



  AddressPolicy addressPolicy() {
    return allowLoopback ? AddressPolicy.allowingLoopback() : AddressPolicy.publicOnly();
  }

  /**
   * The sources to collect: those of --sources, plus one source made of --feed/--urls.
   *
   * @param bundledWhenNone whether to fall back to the bundled sources when nothing is given
   */
  List<SourceConfig> toSourceConfigs(boolean bundledWhenNone) throws IOException, InvalidSourcesException {
    List<SourceConfig> all = new ArrayList<>();
    if (sourcesFile != null) {
      all.addAll(SourceRegistry.load(sourcesFile).sources());
    }
    if (!feeds.isEmpty() || urlFile != null) {
      all.add(toSourceConfig());
    }
    if (all.isEmpty() && bundledWhenNone) {
      List<SourceConfig> bundled = SourceRegistry.bundled().sources();
      System.err.printf("newsflow: no --sources, --feed or --urls given: collecting the %d bundled sources "
          + "(list them with `newsflow sources check --bundled`)%n", bundled.size());
      return bundled;
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to collect: give --sources FILE, --feed URL or --urls FILE");
    }
    return all;
  }

  SourceConfig toSourceConfig() throws IOException {
    List<URI> urls = new ArrayList<>();
    if (urlFile != null) {
      UrlList list = UrlList.parse(Files.readString(urlFile, StandardCharsets.UTF_8));
      for (UrlList.Problem problem : list.problems()) {
        System.err.printf("newsflow: %s line %d skipped (%s): %s%n", urlFile, problem.line(), problem.reason(), problem.text());
      }
      urls.addAll(list.urls());
    }
    if (feeds.isEmpty() && urls.isEmpty()) {
      throw new IllegalArgumentException("nothing to collect: give --sources FILE, --feed URL or --urls FILE");
    }
    Source source = new Source(sourceId, sourceName, country == null ? null : country.toUpperCase(Locale.ROOT));
    return new SourceConfig(source, feeds, urls, timeZone, language);
  }
}
