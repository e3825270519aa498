package dev.newsflow.ingest;

import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.testkit.TestTopics;
import java.time.Clock;
import java.time.Duration;

/** An ingest service for tests against sites on loopback: loopback allowed, no per-host delay. */
final class LoopbackIngest {
  private LoopbackIngest() {}

  static IngestService service(TestTopics topics, String clientId) {
    FetchSettings d = FetchSettings.defaults();
    FetchSettings fetch = new FetchSettings(d.userAgent(), d.connectTimeout(), Duration.ofSeconds(10), d.maxBodyBytes(),
        d.maxRedirects(), AddressPolicy.allowingLoopback());
    return new IngestService(
        new ArticlePublisher(topics.kafka(), topics.names(), clientId),
        new HttpFetcher(fetch),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        new IngestSettings(Duration.ZERO, 1000),
        Clock.systemUTC());
  }
}
