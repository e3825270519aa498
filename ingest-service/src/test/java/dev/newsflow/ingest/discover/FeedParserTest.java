package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private List<FeedEntry> parse(String fixture, String feedUrl) throws FeedException {
    return parser.parse(Fixtures.bytes("feeds/" + fixture), URI.create(feedUrl));
  }

  private static FeedEntry entry(String link, String title, String published) {
    return new FeedEntry(URI.create(link), title,
        published == null ? null : OffsetDateTime.parse(published));
  }

  @Test
  void rss2WithCdataGivesLinksTitlesAndDatesAndSkipsUnusableItems() throws Exception {
    assertThat(parse("rss2-cdata.xml", "http://www.chinadaily.com.cn/rss/opinion_rss.xml"))
        .containsExactly(
            entry("http://www.chinadaily.com.cn/opinion/2012-02/07/content_14548165.htm",
                "Keep the economy on a steady course", "2012-02-07T08:23:00+08:00"),
            entry("http://www.chinadaily.com.cn/opinion/2012-02/06/content_14544321.htm",
                "Tang Lan: Rules & reality", "2012-02-06T23:05:10Z"),
            entry("http://www.chinadaily.com.cn/opinion/2012-02/05/content_14539999.htm",
                "Only a permalink guid", "2012-02-05T10:00:00+08:00"),
            entry("http://www.chinadaily.com.cn/opinion/2012-02/04/content_14530000.htm",
                "Unreadable date", null));
  }

  @Test
  void atomResolvesRelativeLinksAgainstXmlBaseAndPrefersTheAlternateLink() throws Exception {
    assertThat(parse("atom-relative.xml", "https://news.example.org/feeds/world.atom"))
        .containsExactly(
            entry("https://news.example.org/world/2012/02/07/talks-resume",
                "Talks resume in Geneva", "2012-02-07T08:23:00+08:00"),
            entry("https://news.example.org/europe/snow.html",
                "Snow closes Alpine passes", "2012-02-06T17:45:12.500Z"),
            entry("https://other.example.com/markets?id=3&src=feed", "Markets rally", null));
  }

  @Test
  void atomDateWithoutZoneIsReadInTheSourceTimeZone() throws Exception {
    List<FeedEntry> entries = new FeedParser().parse(Fixtures.bytes("feeds/atom-relative.xml"),
        URI.create("https://news.example.org/feeds/world.atom"), ZoneId.of("Europe/Zurich"));

    assertThat(entries).extracting(FeedEntry::published).containsExactly(
        OffsetDateTime.parse("2012-02-07T08:23:00+08:00"),
        OffsetDateTime.parse("2012-02-06T17:45:12.500Z"),
        OffsetDateTime.parse("2012-02-05T00:00:00+01:00"));
  }

  @Test
  void rss1RdfReadsDublinCoreDates() throws Exception {
    assertThat(parse("rss1-rdf.xml", "http://slashdot.example/index.rdf"))
        .containsExactly(
            entry("http://slashdot.example/story/12/02/07/1", "New compiler released",
                "2012-02-07T08:23:00Z"),
            entry("http://slashdot.example/story/12/02/07/2", "Kernel 3.3 rc",
                "2012-02-07T06:00:00-05:00"));
  }

  @Test
  void rss091WithANetscapeDoctypeParsesWithoutFetchingTheDtd() throws Exception {
    assertThat(parse("rss091-netscape.xml", "http://gazette.example/rss.xml"))
        .containsExactly(entry("http://gazette.example/1999/first.html", "First issue", null));
  }

  @Test
  void byteOrderMarkIsNotContent() throws Exception {
    assertThat(parse("rss2-utf8-bom.xml", "https://bom.example/rss"))
        .containsExactly(entry("https://bom.example/cafe", "Café society: naïve résumés",
            "2012-02-07T08:23:00+01:00"));
  }

  @Test
  void gbkDeclaredFeedDecodesChinese() throws Exception {
    assertThat(parse("rss2-gbk.xml", "http://www.news.example.cn/rss.xml"))
        .extracting(FeedEntry::title)
        .containsExactly("国务院常务会议部署稳增长工作");
  }

  @Test
  void gb2312DeclaredFeedWithGbkOnlyCharactersDecodesThemToo() throws Exception {
    // 镕 is in GBK but not in GB2312; servers say gb2312 and send GBK.
    assertThat(parse("rss2-gb2312-declared-gbk-bytes.xml", "http://www.people.example.cn/rss"))
        .extracting(FeedEntry::title)
        .containsExactly("朱镕基谈改革");
  }

  @Test
  void latin1DeclaredFeedIsReadAsWindows1252AndLocalisedDatesAreNotGuessed() throws Exception {
    assertThat(parse("rss2-iso-8859-1.xml", "https://journal.example.fr/rss"))
        .containsExactly(entry("https://journal.example.fr/politique/élections-été.html",
            "Élections : la région s’inquiète à l’approche de l’été", null));
  }

  @Test
  void jsonFeedGivesItemsWithOwnOrExternalUrls() throws Exception {
    assertThat(parser.parse(Fixtures.bytes("feeds/jsonfeed.json"),
        URI.create("https://blog.example.net/feed.json")))
        .containsExactly(
            entry("https://blog.example.net/2012/02/07/second", "Second post",
                "2012-02-07T08:23:00+08:00"),
            entry("https://blog.example.net/2012/02/06/first", null, "2012-02-06T12:00:00Z"),
            entry("https://elsewhere.example.com/story", "Link post", null));
  }

  @Test
  void feedLargerThanTheLimitIsRefused() {
    FeedParser small = new FeedParser(1024);
    byte[] big = ("<rss><channel>" + "<item><link>http://e.example/</link></item>".repeat(100)
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);

    assertThat(catchThrowableOfType(FeedException.class,
        () -> small.parse(big, URI.create("http://e.example/rss"))).reason())
        .isEqualTo("too-large");
    assertThat(catchThrowableOfType(FeedException.class,
        () -> small.parse(new ByteArrayInputStream(big), URI.create("http://e.example/rss")))
        .reason()).isEqualTo("too-large");
  }

  @Test
  void streamReadingStopsOneByteAfterTheLimit() throws Exception {
    byte[] feed = "<rss><channel><item><link>http://e.example/a</link></item></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(feed);

    assertThat(new FeedParser(feed.length).parse(in, URI.create("http://e.example/rss")))
        .extracting(FeedEntry::link).containsExactly(URI.create("http://e.example/a"));
  }

  @Test
  void deeplyNestedXmlDoesNotOverflowTheStack() throws Exception {
    String deep = "<x>".repeat(200_000) + "</x>".repeat(200_000);
    byte[] feed = ("<rss><channel><item><link>http://e.example/deep</link><description>" + deep
        + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

    List<FeedEntry> entries;
    try {
      entries = parser.parse(feed, URI.create("http://e.example/rss"));
    } catch (FeedException e) {
      // The JDK may impose an element depth limit; refusing is as good as reading.
      assertThat(e.reason()).isEqualTo("malformed-xml");
      return;
    }
    assertThat(entries).extracting(FeedEntry::link)
        .containsExactly(URI.create("http://e.example/deep"));
  }
}
