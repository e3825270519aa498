package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitemapParserTest {
  private static final URI SITEMAP_URL = URI.create("https://news.example.org/sitemap.xml");
  private final SitemapParser parser = new SitemapParser();

  @Test
  void urlSetGivesEachUsableLocationWithItsLastModificationTime() throws Exception {
    Sitemap sitemap = parser.parse(Fixtures.bytes("sitemaps/urlset.xml"), SITEMAP_URL);

    assertThat(sitemap.kind()).isEqualTo(Sitemap.Kind.URL_SET);
    assertThat(sitemap.urls()).extracting(u -> u.location().toString(), Sitemap.Url::lastModified).containsExactly(
        tuple("https://news.example.org/2024/03/05/harbour.html", OffsetDateTime.parse("2024-03-05T08:15:00+01:00")),
        tuple("https://news.example.org/search?q=tram&page=2", OffsetDateTime.parse("2024-03-04T00:00Z")),
        tuple("https://news.example.org/2024/03/03/council.html", null),
        tuple("https://news.example.org/2024/03/02/cdata.html", null));
    assertThat(sitemap.urls()).allSatisfy(u -> assertThat(u.news()).isNull());
    assertThat(sitemap.skipped()).as("javascript: and missing <loc>").isEqualTo(2);
    assertThat(sitemap.sitemaps()).isEmpty();
  }

  @Test
  void sitemapIndexGivesTheChildSitemapsResolvedAgainstItsOwnUrl() throws Exception {
    Sitemap index = parser.parse(Fixtures.bytes("sitemaps/sitemapindex.xml"), SITEMAP_URL);

    assertThat(index.kind()).isEqualTo(Sitemap.Kind.INDEX);
    assertThat(index.sitemaps()).extracting(c -> c.location().toString(), Sitemap.Child::lastModified).containsExactly(
        tuple("https://news.example.org/sitemaps/news.xml", OffsetDateTime.parse("2024-03-05T10:00:00Z")),
        tuple("https://news.example.org/sitemaps/2024-02.xml.gz", OffsetDateTime.parse("2024-02-29T23:59:59Z")));
    assertThat(index.skipped()).as("ftp:").isEqualTo(1);
    assertThat(index.urls()).isEmpty();
  }

  @Test
  void googleNewsSitemapGivesPublicationTitleLanguageAndDateButNeverAnImageTitle() throws Exception {
    Sitemap sitemap = parser.parse(Fixtures.bytes("sitemaps/google-news.xml"), SITEMAP_URL);

    assertThat(sitemap.urls()).extracting(u -> u.location().toString(), Sitemap.Url::news).containsExactly(
        tuple("https://www.xinwen.example.cn/2024/03/05/rail.html",
            new Sitemap.News("新闻日报", "zh-cn", OffsetDateTime.parse("2024-03-05T09:30:00+08:00"), "高铁新线今日开通运营")),
        tuple("https://www.xinwen.example.cn/2024/03/05/weather.html",
            new Sitemap.News("新闻日报", "zh-cn", null, "Cold front reaches the north & east")));
    assertThat(sitemap.urls().get(1).lastModified()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:00:00+08:00"));
  }

  @Test
  void newsPublicationDateWithoutZoneIsReadInTheSourceTimeZone() throws Exception {
    Sitemap sitemap = parser.parse(
        Fixtures.bytes("sitemaps/google-news.xml"), SITEMAP_URL, ZoneId.of("Asia/Shanghai"));

    assertThat(sitemap.urls()).extracting(u -> u.news().published()).containsExactly(
        OffsetDateTime.parse("2024-03-05T09:30:00+08:00"), OffsetDateTime.parse("2024-03-05T00:00+08:00"));
  }

  @Test
  void legacyNamespaceAndDeclaredLatin1AreRead() throws Exception {
    Sitemap sitemap = parser.parse(Fixtures.bytes("sitemaps/legacy-namespace.xml"), SITEMAP_URL);

    assertThat(sitemap.urls()).extracting(u -> u.location().getPath()).containsExactly(
        "/société/navettes.html", "/économie/budget.html");
    assertThat(sitemap.urls().get(0).lastModified()).isEqualTo(OffsetDateTime.parse("2024-03-05T07:00Z"));
  }

  @Test
  void noNamespaceAndAByteOrderMarkAreRead() throws Exception {
    Sitemap sitemap = parser.parse(Fixtures.bytes("sitemaps/no-namespace-bom.xml"), SITEMAP_URL);
    assertThat(sitemap.urls()).extracting(u -> u.location().toString()).containsExactly("https://news.example.org/bom.html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sitemaps/urlset.xml", "sitemaps/sitemapindex.xml", "sitemaps/google-news.xml"})
  void gzipCompressedSitemapReadsLikeThePlainOne(String fixture) throws Exception {
    byte[] plain = Fixtures.bytes(fixture);
    assertThat(parser.parse(gzip(plain), SITEMAP_URL)).isEqualTo(parser.parse(plain, SITEMAP_URL));
  }

  @Test
  void moreEntriesThanTheLimitIsRefusedWithTooManyUrls() throws Exception {
    StringBuilder xml = new StringBuilder("<urlset>");
    for (int i = 0; i < 4; i++) {
      xml.append("<url><loc>https://news.example.org/").append(i).append("</loc></url>");
    }
    byte[] bytes = xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);

    assertThat(new SitemapParser(1 << 20, 4).parse(bytes, SITEMAP_URL).urls()).hasSize(4);
    assertThatThrownBy(() -> new SitemapParser(1 << 20, 3).parse(bytes, SITEMAP_URL))
        .isInstanceOfSatisfying(SitemapException.class, e -> assertThat(e.reason()).isEqualTo("too-many-urls"));
  }

  @Test
  void protocolLimitIsFiftyThousandEntriesAndFiftyMegabytes() throws Exception {
    StringBuilder xml = new StringBuilder("<urlset>");
    for (int i = 0; i < 50_000; i++) {
      xml.append("<url><loc>https://news.example.org/").append(i).append("</loc></url>\n");
    }
    String fiftyThousand = xml + "</urlset>";
    assertThat(parser.parse(fiftyThousand.getBytes(StandardCharsets.UTF_8), SITEMAP_URL).urls()).hasSize(50_000);

    byte[] oneMore = (xml + "<url><loc>https://news.example.org/x</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(oneMore, SITEMAP_URL))
        .isInstanceOfSatisfying(SitemapException.class, e -> assertThat(e.reason()).isEqualTo("too-many-urls"));
    assertThat(SitemapParser.DEFAULT_MAX_BYTES).isEqualTo(52_428_800L);
  }

  @Test
  void gzipBombStopsAtTheUncompressedLimit() throws Exception {
    // 10 MB of whitespace inside a valid sitemap compresses to about 10 KB.
    byte[] bomb = gzip(("<urlset>" + " ".repeat(10_000_000) + "</urlset>").getBytes(StandardCharsets.UTF_8));
    assertThat(bomb.length).isLessThan(100_000);

    assertThatThrownBy(() -> new SitemapParser(1_000_000, 100).parse(bomb, SITEMAP_URL))
        .isInstanceOfSatisfying(SitemapException.class, e -> {
          assertThat(e.reason()).isEqualTo("too-large");
          assertThat(e.getMessage()).contains("uncompressed");
        });
  }

  @Test
  void plainInputBeyondTheLimitIsRefusedAsTooLarge() {
    byte[] big = ("<urlset>" + " ".repeat(2_000) + "</urlset>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new SitemapParser(1_000, 100).parse(big, SITEMAP_URL))
        .isInstanceOfSatisfying(SitemapException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
