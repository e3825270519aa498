package dev.newsflow.ingest;

import dev.newsflow.ingest.decode.PageDecoder;
import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.fetch.AddressPolicy;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HttpFetcher;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.state.CrawlState;
import dev.newsflow.ingest.state.CrawlStateSettings;
import dev.newsflow.testkit.TestTopics;
import java.time.Clock;
import java.time.Duration;

/** An ingest service for tests against sites on loopback: loopback allowed, no per-host delay. */
final class LoopbackIngest {
  private LoopbackIngest() {}

  static IngestService service(TestTopics topics, String clientId) {
    return new IngestService(
        new ArticlePublisher(topics.kafka(), topics.names(), clientId),
        new HttpFetcher(fetchSettings(FetchSettings.defaults().userAgent())),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        new IngestSettings(Duration.ZERO, 1000),
        Clock.systemUTC());
  }

  /** A service with its crawl state in memory and the given settings. */
  static IngestService service(TestTopics topics, String clientId, IngestSettings settings) {
    return new IngestService(
        new ArticlePublisher(topics.kafka(), topics.names(), clientId),
        new HttpFetcher(fetchSettings(FetchSettings.defaults().userAgent())),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        settings,
        Clock.systemUTC());
  }

  /**
   * A service keeping its crawl state in the test's crawl-state topic, a member of {@code group};
   * it fetches with the User-Agent {@code newsflow-test/<clientId>}, so sites can tell instances
   * apart.
   */
  static IngestService withKafkaState(TestTopics topics, String group, String clientId, IngestSettings settings) {
    CrawlState state = CrawlState.kafka(topics.kafka(), topics.names(),
        CrawlStateSettings.defaults(clientId).withGroupId(group));
    return new IngestService(
        new ArticlePublisher(topics.kafka(), topics.names(), clientId),
        new HttpFetcher(fetchSettings(userAgent(clientId))),
        new ArticleAssembler(new PageDecoder(), new ArticleExtractor()),
        settings,
        state,
        Clock.systemUTC());
  }

  static String userAgent(String clientId) {
    return "newsflow-test/" + clientId;
  }

  private static FetchSettings fetchSettings(String userAgent) {
    FetchSettings d = FetchSettings.defaults();
    return new FetchSettings(userAgent, d.connectTimeout(), Duration.ofSeconds(10), d.maxBodyBytes(),
        d.maxRedirects(), AddressPolicy.allowingLoopback());
  }
}
