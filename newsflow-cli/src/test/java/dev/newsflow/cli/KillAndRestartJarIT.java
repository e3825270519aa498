package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.common.article.Article;
import dev.newsflow.common.json.JsonSerde;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.KafkaBrokerExtension;
import dev.newsflow.testkit.TestTopics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow ingest} killed with SIGKILL in the middle of a pass and started again: every
 * article arrives, and the restarted process does not publish again what the killed one had
 * published and recorded in the crawl state.
 *
 * <p>The bound: an article is published (acknowledged) and then its crawl-state record is written
 * (acknowledged). A kill between the two leaves an article the state does not know, which the
 * restarted process publishes again, with the same id and content hash. Each fetch worker has at
 * most one article in that window, so at most {@code maxConcurrency} (16 by default) records can
 * be duplicated by one kill; in practice it is 0 or 1, since the site has one host and that host's
 * pages are fetched one at a time.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KillAndRestartJarIT {
  private static final int ARTICLES = 24;
  private static final int IN_FLIGHT_BOUND = IngestSettings.defaults().maxConcurrency();

  @Test
  void killedIngestLosesNothingAndRepublishesAtMostWhatWasInFlight(KafkaBroker broker, @TempDir Path work)
      throws Exception {
    TestTopics topics = TestTopics.create(broker, "kill-it");
    AtomicInteger feedRequests = new AtomicInteger();
    HttpServer site = slowSite(feedRequests);
    try {
      String base = "http://127.0.0.1:" + site.getAddress().getPort();
      Map<String, String> env = Map.of(
          "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
          "NEWSFLOW_TOPIC_PREFIX", topics.runId() + ".",
          "NEWSFLOW_DATA_DIR", work.resolve("data").toString());
      List<String> args = List.of("ingest", "--allow-loopback", "--feed", base + "/feed.xml", "--source-id", "slow",
          "--time-zone", "Europe/London", "--per-host-delay", "0s", "--interval", "1s");

      try (ArticleCounter counter = new ArticleCounter(topics)) {
        Process first = NewsflowJar.start(work, "first", args, env);
        counter.awaitUntil(ids -> ids.size() >= 4, Duration.ofMinutes(2), first, work, "first");
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        counter.drain();
        int beforeKill = counter.distinctIds().size();
        assertThat(beforeKill).as("killed in the middle of the pass").isLessThan(ARTICLES);

        int feedBeforeRestart = feedRequests.get();
        Process second = NewsflowJar.start(work, "second", args, env);
        try {
          counter.awaitUntil(ids -> ids.size() == ARTICLES, Duration.ofMinutes(3), second, work, "second");
          // One more full pass after everything is in: it must publish nothing.
          int feedNow = feedRequests.get();
          long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
          while (feedRequests.get() < feedNow + 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
          }
          assertThat(feedRequests.get()).as("the restarted process polls again").isGreaterThan(feedBeforeRestart + 1);
          Thread.sleep(1_000);
          counter.drain();
        } finally {
          second.destroy();
          second.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(counter.distinctIds()).hasSize(ARTICLES);
        int duplicates = counter.records() - ARTICLES;
        System.err.printf("kill -9 after %d of %d articles: %d republished after the restart (bound %d)%n",
            beforeKill, ARTICLES, duplicates, IN_FLIGHT_BOUND);
        assertThat(duplicates).as("articles published twice with the same content").isBetween(0, IN_FLIGHT_BOUND);
        assertThat(counter.sameContentTwice()).isEqualTo(duplicates);
      }
    } finally {
      site.stop(0);
    }
  }

  /** A feed of {@link #ARTICLES} articles, each served after 250 ms, so that a pass takes seconds. */
  private static HttpServer slowSite(AtomicInteger feedRequests) throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    site.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    site.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        byte[] body;
        if (path.equals("/feed.xml")) {
          feedRequests.incrementAndGet();
          StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Slow</title>");
          for (int i = 0; i < ARTICLES; i++) {
            rss.append("<item><title>Story ").append(i).append("</title><link>").append(base).append("/story-")
                .append(i).append(".html</link></item>");
          }
          body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        } else if (path.startsWith("/story-")) {
          Thread.sleep(250);
          String n = path.substring("/story-".length(), path.length() - ".html".length());
          body = ("<html lang=\"en\"><head><title>Story " + n + "</title></head><body><article><h1>Story " + n
              + "</h1><p>This is story number " + n + " of the slow site, told in a few plain sentences.</p>"
              + "<p>The second paragraph of story " + n + " adds detail, so that the extractor sees an article.</p>"
              + "<p>The third paragraph closes story " + n + " with a quote from a spokesperson.</p>"
              + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        } else {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    site.start();
    return site;
  }

  /** Follows the articles topic from the start and counts records, ids and (id, hash) pairs. */
  private static final class ArticleCounter implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Integer> byIdAndHash = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<Article> all = new ArrayList<>();

    ArticleCounter(TestTopics topics) {
      Properties props = topics.kafka().toProperties();
      props.put(ConsumerConfig.GROUP_ID_CONFIG, "counter-" + UUID.randomUUID());
      props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
      consumer.subscribe(List.of(topics.names().articles()));
    }

    void drain() {
      for (int quiet = 0; quiet < 3; ) {
        var records = consumer.poll(Duration.ofMillis(300));
        quiet = records.isEmpty() ? quiet + 1 : 0;
        records.forEach(r -> add(JsonSerde.article().deserialize("t", r.value())));
      }
    }

    void awaitUntil(Predicate<Set<String>> done, Duration timeout, Process process, Path work, String name)
        throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!done.test(ids)) {
        assertThat(System.nanoTime()).as("in time; %s stderr:%n%s", name, NewsflowJar.stderr(work, name))
            .isLessThan(deadline);
        assertThat(process.isAlive()).as("%s alive; stderr:%n%s", name, NewsflowJar.stderr(work, name)).isTrue();
        consumer.poll(Duration.ofMillis(200)).forEach(r -> add(JsonSerde.article().deserialize("t", r.value())));
      }
    }

    private void add(Article article) {
      all.add(article);
      ids.add(article.id());
      byIdAndHash.merge(article.id() + "/" + article.contentHash(), 1, Integer::sum);
    }

    Set<String> distinctIds() {
      return ids;
    }

    int records() {
      return all.size();
    }

    /** Records beyond the first of each (id, content hash). */
    int sameContentTwice() {
      return byIdAndHash.values().stream().mapToInt(n -> n - 1).sum();
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
