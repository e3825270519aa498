package dev.newsflow.ingest.discover;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry: RFC 822/2822 in RSS ({@code Tue, 07 Feb 2012 08:23:00 +0800}) and
 * ISO-8601/RFC 3339 in Atom and Dublin Core ({@code 2012-02-07T08:23:00+08:00}), leniently, since
 * feeds in the wild bend both. Unreadable dates are null, never an exception.
 *
 * <p>A date that names no zone (or one we cannot place) is read in the zone the caller gives, the
 * source's configured time zone; without one it is null: guessing UTC would silently shift the
 * time of every article of an outlet that writes local times.
 */
final class FeedDates {

  // RFC 822 section 5, loosened: optional (and unchecked) weekday, one- or two-digit day, month
  // names of any length, two- or four-digit year, optional seconds and fraction, any zone.
  private static final Pattern RFC_822 = Pattern.compile(
      "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{4}|\\d{2})"
          + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(.*)");
  private static final Pattern NUMERIC_ZONE =
      Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2}):?(\\d{2})?");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  // RFC 822 names, then abbreviations news sites actually send. CST is the American one, as RFC
  // 822 defines it, although Chinese sites sometimes mean +08:00 by it.
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("EET", 2),
      Map.entry("EEST", 3), Map.entry("MSK", 3), Map.entry("HKT", 8), Map.entry("SGT", 8),
      Map.entry("JST", 9), Map.entry("KST", 9), Map.entry("AEST", 10), Map.entry("AEDT", 11));

  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT);

  private FeedDates() {}

  /** Either format, whichever fits; null if neither does or if it names no zone. */
  static OffsetDateTime parse(String text) {
    return parse(text, null);
  }

  /** Either format, whichever fits, a zone-less time read in {@code zone}; null if neither fits. */
  static OffsetDateTime parse(String text, ZoneId zone) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    OffsetDateTime iso = parseIso(s, zone);
    return iso != null ? iso : parseRfc822(s, zone);
  }

  /** An RFC 822 date that names its zone; null otherwise. */
  static OffsetDateTime parseRfc822(String text) {
    return parseRfc822(text, null);
  }

  /** An RFC 822 date; without a zone, or with one we cannot place, read in {@code zone}. */
  static OffsetDateTime parseRfc822(String text, ZoneId zone) {
    Matcher m = RFC_822.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = offset(m.group(7));
      if (offset != null) {
        return local.atOffset(offset);
      }
      return zone == null ? null : local.atZone(zone).toOffsetDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The offset a zone designator names, or null when it is absent or unknown. */
  private static ZoneOffset offset(String zone) {
    String z = zone.strip().toUpperCase(Locale.ROOT);
    Matcher numeric = NUMERIC_ZONE.matcher(z);
    if (numeric.matches()) {
      int hours = Integer.parseInt(numeric.group(2));
      int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
      int sign = numeric.group(1).equals("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer hours = ZONE_HOURS.get(z);
    return hours == null ? null : ZoneOffset.ofHours(hours);
  }

  /** An ISO-8601 date-time with an offset; null otherwise. */
  static OffsetDateTime parseIso(String text) {
    return parseIso(text, null);
  }

  /**
   * An ISO-8601 date or date-time; one without an offset is read in {@code zone} (a bare date as
   * the start of that day there), and is null when {@code zone} is.
   */
  static OffsetDateTime parseIso(String text, ZoneId zone) {
    String s = text.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11).strip().replace(" ", "");
    }
    try {
      TemporalAccessor t = ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from,
          LocalDate::from);
      if (t instanceof OffsetDateTime odt) {
        return odt;
      }
      if (zone == null) {
        return null;
      }
      if (t instanceof LocalDateTime ldt) {
        return ldt.atZone(zone).toOffsetDateTime();
      }
      return ((LocalDate) t).atStartOfDay(zone).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
