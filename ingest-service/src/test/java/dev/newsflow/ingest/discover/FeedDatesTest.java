package dev.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Tue, 07 Feb 2012 08:23:00 +0800      | 2012-02-07T08:23:00+08:00",
    "Tue, 7 Feb 2012 08:23:00 +0800       | 2012-02-07T08:23:00+08:00",
    "Tue, 07 Feb 2012 08:23:00 GMT        | 2012-02-07T08:23:00Z",
    "Tue, 07 Feb 2012 08:23:00 UT         | 2012-02-07T08:23:00Z",
    "Tue, 07 Feb 2012 08:23:00 Z          | 2012-02-07T08:23:00Z",
    "Tue, 07 Feb 2012 08:23:00 EST        | 2012-02-07T08:23:00-05:00",
    "Tue, 07 Feb 2012 08:23:00 EDT        | 2012-02-07T08:23:00-04:00",
    "Tue, 07 Feb 2012 08:23:00 PST        | 2012-02-07T08:23:00-08:00",
    "Tue, 07 Feb 2012 08:23:00 CET        | 2012-02-07T08:23:00+01:00",
    "Tue, 07 Feb 2012 08:23 +0800         | 2012-02-07T08:23:00+08:00",
    "07 Feb 2012 08:23:00 +0800           | 2012-02-07T08:23:00+08:00",
    "Tue, 07 Feb 12 08:23:00 +0800        | 2012-02-07T08:23:00+08:00",
    "Sun, 07 Feb 99 08:23:00 +0000        | 1999-02-07T08:23:00Z",
    "Tuesday, 07 February 2012 08:23:00 +0800 | 2012-02-07T08:23:00+08:00",
    "Wed, 07 Sept 2011 8:05:09 -0330      | 2011-09-07T08:05:09-03:30",
    "Tue, 07 Feb 2012 08:23:00 +08:00     | 2012-02-07T08:23:00+08:00",
    "Tue, 07 Feb 2012 08:23:00 GMT+8      | 2012-02-07T08:23:00+08:00",
    "Mon, 07 Feb 2012 08:23:00 +0800      | 2012-02-07T08:23:00+08:00",
    "2012-02-07T08:23:00+08:00            | 2012-02-07T08:23:00+08:00",
    "2012-02-07T08:23:00Z                 | 2012-02-07T08:23:00Z",
    "2012-02-07T08:23:00.123456Z          | 2012-02-07T08:23:00.123456Z",
    "2012-02-07T08:23+08:00               | 2012-02-07T08:23:00+08:00",
    "2012-02-07T08:23:00+0800             | 2012-02-07T08:23:00+08:00",
    "2012-02-07 08:23:00 +08:00           | 2012-02-07T08:23:00+08:00",
    "2012-02-07t08:23:00z                 | 2012-02-07T08:23:00Z",
  })
  void readsTheDatesFeedsCarry(String text, String expected) {
    assertThat(FeedDates.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
    "Tue, 07 Feb 2012 08:23:00            | Asia/Shanghai | 2012-02-07T08:23:00+08:00",
    "Tue, 07 Feb 2012 08:23:00 XYZ        | Asia/Shanghai | 2012-02-07T08:23:00+08:00",
    "Tue, 07 Jul 2012 08:23:00            | Europe/Paris  | 2012-07-07T08:23:00+02:00",
    "2012-02-07T08:23:00                  | Europe/Paris  | 2012-02-07T08:23:00+01:00",
    "2012-02-07 08:23                     | Asia/Tokyo    | 2012-02-07T08:23:00+09:00",
    "2012-02-07                           | Asia/Shanghai | 2012-02-07T00:00:00+08:00",
    "Tue, 07 Feb 2012 08:23:00 +0000      | Asia/Shanghai | 2012-02-07T08:23:00Z",
    "2012-02-07T08:23:00-05:00            | Asia/Shanghai | 2012-02-07T08:23:00-05:00",
  })
  void readsZoneLessDatesInTheSourceTimeZone(String text, String zone, String expected) {
    assertThat(FeedDates.parse(text, ZoneId.of(zone))).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tue, 07 Feb 2012 08:23:00", "Tue, 07 Feb 2012 08:23:00 XYZ",
      "2012-02-07T08:23:00", "2012-02-07 08:23", "2012-02-07"})
  void zoneLessDatesAreDroppedWhenTheSourceHasNoTimeZone(String text) {
    assertThat(FeedDates.parse(text)).isNull();
    assertThat(FeedDates.parse(text, null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "Tue, 31 Feb 2012 08:23:00 +0800",
      "Tue, 07 Foo 2012 08:23:00 +0800", "Tue, 07 Feb 2012 25:00:00 +0800",
      "2012-13-01T00:00:00Z", "mar., 07 févr. 2012 08:23:00 +0100", "1328574180",
      "Tue, 07 Feb 2012 08:23:00 +9999"})
  void unreadableDatesAreNull(String text) {
    assertThat(FeedDates.parse(text)).isNull();
  }

  @Property
  void rfc822DatesRoundTrip(@ForAll("rssDates") OffsetDateTime date) {
    String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(date);

    assertThat(FeedDates.parseRfc822(text)).isEqualTo(date);
    assertThat(FeedDates.parse(text)).isEqualTo(date);
  }

  @Property
  void isoDatesRoundTrip(@ForAll("rssDates") OffsetDateTime date) {
    assertThat(FeedDates.parse(date.toString())).isEqualTo(date);
  }

  @Property
  void neverThrowsOnArbitraryText(@ForAll String text) {
    FeedDates.parse(text);
  }

  @Provide
  Arbitrary<OffsetDateTime> rssDates() {
    return Combinators.combine(
        Arbitraries.longs().between(
            OffsetDateTime.parse("1950-01-01T00:00:00Z").toEpochSecond(),
            OffsetDateTime.parse("2049-12-31T23:59:59Z").toEpochSecond()),
        Arbitraries.integers().between(-12 * 60, 14 * 60))
        .as((epoch, offsetMinutes) -> OffsetDateTime.ofInstant(
            Instant.ofEpochSecond(epoch),
            ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
  }
}
