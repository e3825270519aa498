package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file under discover/nasty, and what must become of it. */
class NastyFeedsTest {
  private static final URI FEED_URL = URI.create("https://feeds.example/rss.xml");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // fixture,                 outcome: a FeedException reason, or "entries:N"
    "xxe-file.xml,              malformed-xml",  // &xxe; stays undeclared: no file is read
    "xxe-network.xml,           malformed-xml",
    "xxe-parameter-entity.xml,  entries:1",      // the DTD is skipped, the feed still reads
    "xxe-external-dtd.xml,      entries:1",
    "billion-laughs.xml,        malformed-xml",  // nothing is expanded, nothing blows up
    "truncated.xml,             malformed-xml",
    "two-roots.xml,             malformed-xml",
    "undeclared-entity.xml,     malformed-xml",
    "empty.xml,                 malformed-xml",
    "not-xml.txt,               malformed-xml",
    "binary-png.xml,            malformed-xml",
    "html-as-feed.html,         not-a-feed",
    "xhtml-as-feed.xml,         not-a-feed",
    "json-truncated.json,       malformed-json",
    "json-not-a-feed.json,      not-a-feed",
    "invalid-utf8.xml,          entries:1",      // a bad byte costs a character, not the feed
  })
  void nastyInputGivesAClearOutcome(String fixture, String outcome) throws Exception {
    byte[] input = Fixtures.bytes("nasty/" + fixture);
    FeedParser parser = new FeedParser();

    if (outcome.startsWith("entries:")) {
      List<FeedEntry> entries = parser.parse(input, FEED_URL);
      assertThat(entries).hasSize(Integer.parseInt(outcome.substring("entries:".length())));
    } else {
      assertThatThrownBy(() -> parser.parse(input, FEED_URL))
          .isInstanceOfSatisfying(FeedException.class,
              e -> assertThat(e.reason()).isEqualTo(outcome));
    }
  }

  @Test
  void externalEntityNeverLeaksALocalFile() throws Exception {
    // Same attack, but the entity used where it would not break well-formedness if expanded.
    String xml = new String(Fixtures.bytes("nasty/xxe-file.xml"), StandardCharsets.UTF_8)
        .replace("leak: &xxe;", "leak");
    List<FeedEntry> entries = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), FEED_URL);

    assertThat(entries).extracting(FeedEntry::title).containsExactly("leak");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe-network.xml", "xxe-parameter-entity.xml", "xxe-external-dtd.xml"})
  void feedNeverMakesTheParserOpenAConnection(String fixture) throws Exception {
    int requests = EntityBait.requestsWhileParsing("nasty/" + fixture, doc -> new FeedParser().parse(doc, FEED_URL));

    assertThat(requests).isZero();
  }
}
