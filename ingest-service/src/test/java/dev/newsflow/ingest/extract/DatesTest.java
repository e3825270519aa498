package dev.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest(name = "[{0}] in {1} is {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2012-02-07T08:23:00+08:00|Europe/Paris|2012-02-07T08:23:00+08:00",
      "2012-02-07T00:23:00Z|Asia/Shanghai|2012-02-07T00:23:00Z",
      "2012-02-07 08:23:00 +0800|-|2012-02-07T08:23:00+08:00",
      "2012-02-07T08:23:00.123+08|-|2012-02-07T08:23:00+08:00",
      "2012-02-07T08:23|Asia/Shanghai|2012-02-07T08:23:00+08:00",
      "2012-02-07T08:23|-|-",
      "2012-02-07|Asia/Shanghai|2012-02-07T00:00:00+08:00",
      "2026-07-01T10:00:00|Europe/Berlin|2026-07-01T10:00:00+02:00",
      "Tue, 07 Feb 2012 00:23:00 GMT|-|2012-02-07T00:23:00Z",
      "2012-13-45T08:23:00Z|-|-",
      "yesterday|Asia/Shanghai|-",
  })
  void machineReadableTimesKeepTheirOffsetOrUseTheSourceZone(String value, String zone, String expected) {
    assertThat(Dates.parseMachine(value, zone == null ? null : ZoneId.of(zone)).orElse(null))
        .isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "[{0}] in {1} shows {2}")
  @CsvSource(delimiter = '|', value = {
      "Updated: 2012-02-07 08:23|Asia/Shanghai|2012-02-07T08:23:00+08:00",
      "2023年11月17日 15:13|Asia/Shanghai|2023-11-17T15:13:00+08:00",
      "2026年11月17日 15:13　来源：示例新闻网|Asia/Shanghai|2026-11-17T15:13:00+08:00",
      "Stand: 20.11.2026, 09:15 Uhr|Europe/Berlin|2026-11-20T09:15:00+01:00",
      "Publié le 18 novembre 2026 à 07h30|Europe/Paris|2026-11-18T07:30:00+01:00",
      "Published Feb 7, 2012 at 8:23 pm|America/New_York|2012-02-07T20:23:00-05:00",
      "7 February 2012|Europe/London|2012-02-07T00:00:00Z",
      "2012/02/07|Asia/Tokyo|2012-02-07T00:00:00+09:00",
      "Actualizado: 7 de febrero de 2012, 08:23|Europe/Madrid|2012-02-07T08:23:00+01:00",
      "Publicado em 7 de fevereiro de 2012 às 08:23|America/Sao_Paulo|2012-02-07T08:23:00-02:00",
      "Pubblicato il 7 febbraio 2012 alle 08:23|Europe/Rome|2012-02-07T08:23:00+01:00",
      "Gepubliceerd op 7 februari 2012 om 08:23|Europe/Amsterdam|2012-02-07T08:23:00+01:00",
      "Publicerad 7 februari 2012 kl. 08:23|Europe/Stockholm|2012-02-07T08:23:00+01:00",
      "7 lutego 2012 r., 08:23|Europe/Warsaw|2012-02-07T08:23:00+01:00",
      "7. února 2012 8:23|Europe/Prague|2012-02-07T08:23:00+01:00",
      "Опубликовано 7 февраля 2012 г., 08:23|Europe/Moscow|2012-02-07T08:23:00+04:00",
      "7 лютого 2012 о 08:23|Europe/Kyiv|2012-02-07T08:23:00+02:00",
      "7 Şubat 2012 08:23|Europe/Istanbul|2012-02-07T08:23:00+02:00",
      "7 Desember 2012|Asia/Jakarta|2012-12-07T00:00:00+07:00",
      "입력 2012년 2월 7일 08:23|Asia/Seoul|2012-02-07T08:23:00+09:00",
  })
  void visibleDatesAreReadInTheSourceZone(String line, String zone, String expected) {
    assertThat(Dates.findVisible(line, ZoneId.of(zone)).orElseThrow().time())
        .isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void visibleLocalTimeWithoutSourceZoneIsNotGuessed() {
    Dates.Found found = Dates.findVisible("Updated: 2012-02-07 08:23", null).orElseThrow();

    assertThat(found.time()).isNull();
    assertThat(found.local()).isEqualTo(LocalDateTime.parse("2012-02-07T08:23"));
  }

  @ParameterizedTest(name = "[{0}] shows {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2012-02-07T08:23|2012-02-07T08:23",
      "2012-02-07T08:23:00+08:00|2012-02-07T08:23",
      "2012-02-07|2012-02-07T00:00",
      "Tue, 07 Feb 2012 00:23:00 GMT|2012-02-07T00:23",
      "2012-02-30|-",
      "soon|-",
  })
  void machineReadableTimesShowTheirWallClockEvenWithoutOffset(String value, String expected) {
    assertThat(Dates.parseMachineLocal(value).orElse(null))
        .isEqualTo(expected == null ? null : LocalDateTime.parse(expected));
  }

  @ParameterizedTest(name = "[{0}] states {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2012-02-07T08:23:00+01:00|+01:00",
      "2012-02-07 08:23:00 -0500|-05:00",
      "2012-02-07T08:23:00Z|-",
      "2012-02-07T08:23:00+00:00|-",
      "2012-02-07T08:23:00|-",
      "2012-02-07|-",
      "2012-02-07T08:23:00+25:00|-",
  })
  void onlyOffsetsOtherThanUtcSayWhereThePagesClocksAre(String value, String expected) {
    assertThat(Dates.statedOffset(value).orElse(null))
        .isEqualTo(expected == null ? null : ZoneOffset.of(expected));
  }

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "https://example.org/2014/05/18/alles-neue/|2014-05-18",
      "https://example.com/news/2012-06/04/content_25340717.htm|2012-06-04",
      "https://example.de/Meldung/2022/20220124-foerderung.html|2022-01-24",
      "http://example.org/blog/briefe/2010-10-26-18|2010-10-26",
      "https://web.archive.org/web/20110106023242/http://example.de/index.php?site=news|-",
      "https://example.com/2016/07/some-story|-",
      "https://example.com/article/20221345-slug|-",
      "https://example.com/item/1234567890123|-",
      "https://example.com/1850/01/02/history|-",
  })
  void urlsNameADayOnlyWhenAPathSegmentIsOne(String url, String expected) {
    assertThat(Dates.fromUrl(url).orElse(null)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }

  @Test
  void aLocalTimeIsPastOnlyWhenItIsPastEverywhere() {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");

    assertThat(Dates.isPast(LocalDateTime.parse("2026-11-29T22:00"), now)).isTrue();
    assertThat(Dates.isPast(LocalDateTime.parse("2026-11-30T03:00"), now)).isFalse();
    assertThat(Dates.isPast(LocalDateTime.parse("2027-01-01T00:00"), now)).isFalse();
  }

  @Property(tries = 300)
  void wallClockAgreesWithTheOffsetTime(@ForAll("isoTimes") String value) {
    OffsetDateTime placed = Dates.parseMachine(value, ZoneId.of("Asia/Shanghai")).orElseThrow();

    assertThat(Dates.parseMachineLocal(value)).contains(placed.toLocalDateTime());
  }

  @Provide
  Arbitrary<String> isoTimes() {
    Arbitrary<LocalDateTime> times = Arbitraries.longs().between(631152000L, 2000000000L)
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
    Arbitrary<String> offsets = Arbitraries.of("", "Z", "+08:00", "-0330", " +0100", "+05");
    return Combinators.combine(times, offsets).as((t, o) -> t + o);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated: 2012-02-30 08:23", "no date here", "Room 2012-B", "1.1.1850"})
  void impossibleOrMissingDatesAreNotFound(String line) {
    assertThat(Dates.findVisible(line, SHANGHAI)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Updated: 2012-02-07 08:23|true",
      "2026年11月17日 15:13　来源：示例新闻网　作者：王小明|true",
      "Publié le 18 novembre 2026 à 07h30|true",
      "On 2012-02-07 the ministry published new rules on data protection for all firms.|false",
      "The law took effect on Feb 7, 2012 after a long debate in parliament.|false",
  })
  void dateLinesAreDatesWithLittleElseAround(String line, boolean dateLine) {
    assertThat(MainText.dateLine(line, SHANGHAI).isPresent()).isEqualTo(dateLine);
  }

  @Property(tries = 500)
  void neverThrowsOnArbitraryText(@ForAll String text) {
    assertThat(Dates.findVisible(text, SHANGHAI)).isNotNull();
    assertThat(Dates.parseMachine(text, SHANGHAI)).isNotNull();
  }
}
