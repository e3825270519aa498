package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FeedParserFuzzTest {
  private static final URI FEED_URL = URI.create("https://feeds.example/rss.xml");
  private final FeedParser parser = new FeedParser();

  @Property
  void arbitraryBytesGiveEntriesOrAFeedException(@ForAll byte[] input) {
    parseExpectingNothingButFeedException(input);
  }

  @Property
  void arbitraryTextGivesEntriesOrAFeedException(@ForAll String input) {
    parseExpectingNothingButFeedException(input.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void mangledRealFeedsGiveEntriesOrAFeedException(@ForAll("mangledFeeds") byte[] input) {
    parseExpectingNothingButFeedException(input);
  }

  @Property
  void everyEntryHasAnAbsoluteWebLink(@ForAll("mangledFeeds") byte[] input) {
    List<FeedEntry> entries = parseExpectingNothingButFeedException(input);
    assertThat(entries).allSatisfy(e -> assertThat(Links.isWeb(e.link())).isTrue());
  }

  private List<FeedEntry> parseExpectingNothingButFeedException(byte[] input) {
    try {
      return parser.parse(input, FEED_URL);
    } catch (FeedException e) {
      assertThat(e.reason()).isNotBlank();
      // Unchecked causes are caught in production as a last resort; here they are bugs to fix.
      assertThat(e.getCause() instanceof RuntimeException).as("unchecked cause: %s", e.getCause())
          .isFalse();
      return List.of();
    }
  }

  /** Real fixtures with a slice cut out, bytes flipped or a chunk duplicated. */
  @Provide
  Arbitrary<byte[]> mangledFeeds() {
    Arbitrary<byte[]> originals = Arbitraries.of(
        "feeds/rss2-cdata.xml", "feeds/atom-relative.xml", "feeds/rss1-rdf.xml",
        "feeds/jsonfeed.json", "feeds/rss2-gbk.xml", "feeds/rss2-utf8-bom.xml")
        .map(Fixtures::bytes);
    return originals.flatMap(b -> Arbitraries.integers().between(0, b.length).flatMap(
        from -> Arbitraries.integers().between(from, b.length).flatMap(
            to -> Arbitraries.integers().between(0, 2).flatMap(
                how -> Arbitraries.bytes().map(x -> mangle(b, from, to, how, x))))));
  }

  private static byte[] mangle(byte[] b, int from, int to, int how, byte x) {
    byte[] out;
    switch (how) {
      case 0 -> { // cut
        out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
      }
      case 1 -> { // overwrite
        out = b.clone();
        for (int i = from; i < to; i++) {
          out[i] = x;
        }
      }
      default -> { // duplicate
        out = new byte[b.length + (to - from)];
        System.arraycopy(b, 0, out, 0, to);
        System.arraycopy(b, from, out, to, b.length - from);
      }
    }
    return out;
  }
}
