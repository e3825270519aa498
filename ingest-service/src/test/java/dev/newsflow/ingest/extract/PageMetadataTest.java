package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {
  static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final URI URL = URI.create("https://news.example.org/2026/11/story.html");

  static PageMetadata read(String head, String body, ZoneId zone) {
    return PageMetadata.read(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", URL.toString()),
        URL, zone, CLOCK);
  }

  @Test
  void publishedTimeUsesThePagesOwnOffsetWhenTheSourceHasNoZone() {
    PageMetadata meta = read(
        "<meta name=\"date\" content=\"2026-11-17T15:13\">"
            + "<meta property=\"article:modified_time\" content=\"2026-11-18T09:00:00+01:00\">",
        "", null);

    assertThat(meta.ownOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2026-11-17T15:13+01:00"));
  }

  @Test
  void publishedTimeUsesTheSourceZoneBeforeThePagesOffset() {
    PageMetadata meta = read(
        "<meta name=\"date\" content=\"2026-11-17T15:13\">"
            + "<meta property=\"article:modified_time\" content=\"2026-11-18T09:00:00+01:00\">",
        "", ZoneId.of("Asia/Shanghai"));

    assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2026-11-17T15:13+08:00"));
  }

  @Test
  void aLocalTimeNothingPlacesIsKeptAsShownButNotGuessedAsUtc() {
    PageMetadata meta = read("<meta name=\"pubdate\" content=\"2026-11-17 15:13\">", "", null);

    assertThat(meta.published()).isNull();
    assertThat(meta.ownOffset()).isNull();
    assertThat(meta.publishedLocal()).isEqualTo(LocalDateTime.parse("2026-11-17T15:13"));
  }

  @Test
  void utcTimestampsDoNotSayWhereThePagesClocksAre() {
    PageMetadata meta = read(
        "<meta name=\"date\" content=\"2026-11-17T15:13\">"
            + "<meta property=\"article:modified_time\" content=\"2026-11-18T09:00:00Z\">",
        "", null);

    assertThat(meta.ownOffset()).isNull();
    assertThat(meta.published()).isNull();
    assertThat(meta.publishedLocal()).isEqualTo(LocalDateTime.parse("2026-11-17T15:13"));
  }

  @Test
  void aDateWithoutTimeGivesWayToTheSameDayWithATime() {
    PageMetadata meta = read(
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-02-03\"}</script>"
            + "<meta property=\"article:published_time\" content=\"2022-02-03T14:54:56+01:00\">",
        "", null);

    assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2022-02-03T14:54:56+01:00"));
  }

  @Test
  void anUnreadableMetaValueDoesNotHideTheNextOne() {
    PageMetadata meta = read(
        "<meta property=\"article:published_time\" content=\"last Tuesday\">"
            + "<meta name=\"dc.date.issued\" content=\"2026-11-17T15:13:00+08:00\">",
        "", null);

    assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2026-11-17T15:13+08:00"));
  }

  @Test
  void futureLocalTimesAreNeverPublicationTimes() {
    PageMetadata meta = read("<meta name=\"date\" content=\"2027-01-01T00:00\">", "", null);

    assertThat(meta.publishedLocal()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "hidden attribute|<h1 hidden>Harbour terminal opens to ships</h1>",
      "screen-reader class|<h1 class=\"sr-only\">Harbour terminal opens to ships</h1>",
      "hidden parent|<div style=\"display:none\"><h1>Harbour terminal opens to ships</h1></div>",
  })
  void hiddenHeadingsNeverBecomeTheTitle(String what, String heading) {
    PageMetadata meta = read("<title>Harbour: terminal news | Example News</title>",
        heading + "<h1>Harbour terminal opens in spring</h1>", null);

    assertThat(meta.title()).isEqualTo("Harbour terminal opens in spring");
  }

  @Test
  void aKickerInsideTheHeadingIsNotPartOfTheTitle() {
    PageMetadata meta = read("<meta property=\"og:title\" content=\"Klimaschutz: Bohren, bis es heiß wird\">",
        "<h1><span class=\"article-kicker\">Klimaschutz</span><span class=\"visually-hidden\">: </span>"
            + "<span>Bohren, bis es heiß wird</span></h1>", null);

    assertThat(meta.title()).isEqualTo("Bohren, bis es heiß wird");
  }

  @Test
  void aTitleElementPushedIntoTheBodyIsStillTheTitle() {
    PageMetadata meta = PageMetadata.read(Jsoup.parse(
        "<b>Warning</b>: mysql_connect(): Access denied<br>\n<html><head><title>Alles Neue macht der Mai | "
            + "Example Blog</title></head><body><p>Text.</p></body></html>", URL.toString()),
        URL, null, CLOCK);

    assertThat(meta.title()).isEqualTo("Alles Neue macht der Mai");
  }
}
