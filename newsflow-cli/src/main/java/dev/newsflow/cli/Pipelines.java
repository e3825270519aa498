package dev.newsflow.cli;

import dev.newsflow.common.kafka.KafkaSettings;
import dev.newsflow.common.kafka.TopicNames;
import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.EnrichSettings;
import dev.newsflow.ingest.ArticleAssembler;
import dev.newsflow.ingest.IngestService;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Builds the two services from their settings: the one place where the parts are wired. */
final class Pipelines {
  private Pipelines() {}

  static IngestService ingest(
      KafkaSettings kafka, TopicNames topics, AddressPolicy addresses, Duration perHostDelay) {
    FetchSettings defaults = FetchSettings.defaults();
    FetchSettings fetch = new FetchSettings(
        defaults.userAgent(),
        defaults.connectTimeout(),
        defaults.requestTimeout(),
        defaults.maxBodyBytes(),
        defaults.maxRedirects(),
        addresses);
    IngestSettings settings = new IngestSettings(perHostDelay, IngestSettings.defaults().maxRememberedUrls());
    return new IngestService(
        new ArticlePublisher(kafka, topics, "newsflow-ingest"),
        new HttpFetcher(fetch),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        settings,
        Clock.systemUTC());
  }

  static EnrichService enrich(KafkaSettings kafka, TopicNames topics, Path dataDirectory, short replicationFactor, int threads) {
    return new EnrichService(kafka, topics, new EnrichSettings(
        EnrichSettings.DEFAULT_APPLICATION_ID, dataDirectory.resolve("streams"), threads, replicationFactor));
  }
}
