package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.EnrichSettings;
import dev.newsflow.enrich.entities.EntityRecognizers;
import dev.newsflow.enrich.entities.models.ModelStore;
import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.state.CrawlState;
import dev.newsflow.ingest.state.CrawlStateSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the two services from their settings: the one place where the parts are wired. */
final class Pipelines {
  private Pipelines() {}

  /** Ingest in the deployment's default group (see {@link CrawlStateSettings#defaultGroupId}). */
  static IngestService ingest(
      KafkaSettings kafka, TopicNames topics, AddressPolicy addresses, Duration perHostDelay) {
    return ingest(kafka, topics, addresses, perHostDelay, null);
  }

  /**
   * Ingest whose crawl state lives in the crawl-state topic, sharing hosts with the other ingest
   * instances of {@code group} (null or blank: the deployment's default group).
   */
  static IngestService ingest(
      KafkaSettings kafka, TopicNames topics, AddressPolicy addresses, Duration perHostDelay, String group) {
    FetchSettings defaults = FetchSettings.defaults();
    FetchSettings fetch = new FetchSettings(
        defaults.userAgent(),
        defaults.connectTimeout(),
        defaults.requestTimeout(),
        defaults.maxBodyBytes(),
        defaults.maxRedirects(),
        addresses);
    IngestSettings settings = new IngestSettings(perHostDelay, IngestSettings.defaults().maxRememberedUrls());
    // The client id tells instances apart in the group's member list.
    String clientId = "newsflow-ingest-" + ProcessHandle.current().pid();
    CrawlStateSettings state = CrawlStateSettings.defaults(clientId)
        .withGroupId(group == null || group.isBlank() ? CrawlStateSettings.defaultGroupId(topics) : group.strip());
    return new IngestService(
        new ArticlePublisher(kafka, topics, "newsflow-ingest"),
        new HttpFetcher(fetch),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        settings,
        CrawlState.kafka(kafka, topics, state),
        Clock.systemUTC());
  }

  static EnrichService enrich(KafkaSettings kafka, TopicNames topics, Path dataDirectory, short replicationFactor, int threads) {
    // demo and replay show the pipeline, not the entity engines: none, whatever is cached
    return enrich(kafka, topics, dataDirectory, replicationFactor, threads, Set.of("none"));
  }

  static EnrichService enrich(KafkaSettings kafka, TopicNames topics, Path dataDirectory, short replicationFactor,
      int threads, Set<String> entityLanguages) {
    return enrich(kafka, topics, dataDirectory, replicationFactor, threads, entityLanguages, true);
  }

  static EnrichService enrich(KafkaSettings kafka, TopicNames topics, Path dataDirectory, short replicationFactor,
      int threads, Set<String> entityLanguages, boolean entityMisc) {
    return new EnrichService(kafka, topics, settings(dataDirectory, replicationFactor, threads, entityLanguages,
        entityMisc, ModelStore.fromEnvironment()));
  }

  /** The enrich-service settings the command line's options make. */
  static EnrichSettings settings(Path dataDirectory, short replicationFactor, int threads, Set<String> entityLanguages,
      boolean entityMisc, ModelStore models) {
    return new EnrichSettings(
        EnrichSettings.DEFAULT_APPLICATION_ID, dataDirectory.resolve("streams"), threads, replicationFactor,
        entityLanguages(entityLanguages, models), entityMisc);
  }

  /**
   * The entity languages to switch on: those given, none for {@code none}, and when nothing is
   * given the languages whose model is in the cache.
   */
  static Set<String> entityLanguages(Set<String> given, ModelStore models) {
    Set<String> codes = languageCodes(given);
    if (codes.isEmpty()) {
      return EntityRecognizers.defaultLanguages(models);
    }
    return codes.equals(Set.of("none")) ? Set.of() : codes;
  }

  /** Language codes as given on the command line, lower-cased; an unset env default arrives as "". */
  static Set<String> languageCodes(Set<String> given) {
    return given.stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT))
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
