package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SitemapParserFuzzTest {
  private static final URI SITEMAP_URL = URI.create("https://news.example.org/sitemap.xml");
  private final SitemapParser parser = new SitemapParser();

  @Property
  void arbitraryBytesGiveASitemapOrASitemapException(@ForAll byte[] input) {
    parseExpectingNothingButSitemapException(input);
  }

  @Property
  void arbitraryTextGivesASitemapOrASitemapException(@ForAll String input) {
    parseExpectingNothingButSitemapException(input.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void mangledRealSitemapsGiveEntriesWithAbsoluteWebLocationsOrASitemapException(
      @ForAll("mangledSitemaps") byte[] input) {
    Sitemap sitemap = parseExpectingNothingButSitemapException(input);
    if (sitemap != null) {
      assertThat(sitemap.urls()).allSatisfy(u -> assertThat(Links.isWeb(u.location())).isTrue());
      assertThat(sitemap.sitemaps()).allSatisfy(c -> assertThat(Links.isWeb(c.location())).isTrue());
    }
  }

  @Property(tries = 200)
  void mangledGzipSitemapsGiveASitemapOrASitemapException(@ForAll("mangledGzip") byte[] input) {
    parseExpectingNothingButSitemapException(input);
  }

  private Sitemap parseExpectingNothingButSitemapException(byte[] input) {
    try {
      return parser.parse(input, SITEMAP_URL);
    } catch (SitemapException e) {
      assertThat(e.reason()).isNotBlank();
      // Unchecked causes are caught in production as a last resort; here they are bugs to fix.
      assertThat(e.getCause() instanceof RuntimeException).as("unchecked cause: %s", e.getCause()).isFalse();
      return null;
    }
  }

  @Provide
  Arbitrary<byte[]> mangledSitemaps() {
    return mangled(Arbitraries.of("sitemaps/urlset.xml", "sitemaps/sitemapindex.xml", "sitemaps/google-news.xml",
        "sitemaps/legacy-namespace.xml").map(Fixtures::bytes));
  }

  @Provide
  Arbitrary<byte[]> mangledGzip() {
    return mangled(Arbitraries.of("sitemaps/urlset.xml", "sitemaps/google-news.xml")
        .map(Fixtures::bytes).map(SitemapParserTest::gzip));
  }

  /** Real fixtures with a slice cut out, bytes overwritten or a chunk duplicated. */
  private static Arbitrary<byte[]> mangled(Arbitrary<byte[]> originals) {
    return originals.flatMap(b -> Arbitraries.integers().between(0, b.length).flatMap(
        from -> Arbitraries.integers().between(from, b.length).flatMap(
            to -> Arbitraries.integers().between(0, 2).flatMap(
                how -> Arbitraries.bytes().map(x -> mangle(b, from, to, how, x))))));
  }

  private static byte[] mangle(byte[] b, int from, int to, int how, byte x) {
    byte[] out;
    switch (how) {
      case 0 -> {
        out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
      }
      case 1 -> {
        out = b.clone();
        for (int i = from; i < to; i++) {
          out[i] = x;
        }
      }
      default -> {
        out = new byte[b.length + (to - from)];
        System.arraycopy(b, 0, out, 0, to);
        System.arraycopy(b, from, out, to, b.length - from);
      }
    }
    return out;
  }
}
