package dev.newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times, machine-readable (meta tags, JSON-LD, {@code <time datetime>}) and
 * visible ("Updated: 2012-02-07 08:23", "2023年11月17日 15:13", "17 novembre 2026 à 15h13").
 *
 * <p>A time without an offset is read in the source's time zone. Without a time zone it is not
 * read at all: guessing UTC would silently shift every Beijing or Berlin time by hours, and a
 * missing time is honest where a wrong one is not. A date without a time is read as midnight in the
 * time zone.
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?");

  /**
   * Month names as dates print them, by language: full names, common abbreviations, and the
   * genitive forms that Slavic languages use in a date ("7 lutego", "7 февраля"). Croatian is left
   * out on purpose: its "listopada" is October where the Polish word is November.
   */
  private static final List<List<String>> MONTH_NAMES = List.of(
      List.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"),
      List.of("jan", "feb", "mar", "apr", "-", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
      List.of("-", "-", "-", "-", "-", "-", "-", "-", "sept", "-", "-", "-"),
      List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"),
      List.of("-", "fevrier", "-", "-", "-", "-", "-", "aout", "-", "-", "-", "decembre"),
      List.of("januar", "februar", "märz", "-", "-", "juni", "juli", "-", "-", "oktober", "-",
          "dezember"),
      List.of("jänner", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"),
      List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "-", "noviembre", "diciembre"),
      List.of("-", "-", "-", "-", "-", "-", "-", "-", "setiembre", "-", "-", "-"),
      List.of("gennaio", "febbraio", "-", "aprile", "maggio", "giugno", "luglio", "-",
          "settembre", "ottobre", "-", "dicembre"),
      List.of("janeiro", "fevereiro", "março", "-", "maio", "junho", "julho", "-", "setembro",
          "outubro", "-", "dezembro"),
      List.of("januari", "februari", "maart", "-", "mei", "-", "-", "augustus", "-", "-", "-", "-"),
      List.of("-", "-", "marts", "-", "maj", "-", "-", "augusti", "-", "-", "-", "-"),
      List.of("-", "-", "maret", "-", "-", "-", "-", "agustus", "-", "-", "-", "desember"),
      List.of("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"),
      List.of("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince"),
      List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"),
      List.of("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
          "вересня", "жовтня", "листопада", "грудня"),
      List.of("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
          "ekim", "kasım", "aralık"));
  private static final Map<String, Integer> MONTHS = monthsByName();
  private static Map<String, Integer> monthsByName() {
    Map<String, Integer> months = new HashMap<>();
    for (List<String> names : MONTH_NAMES) {
      for (int i = 0; i < 12; i++) {
        String name = names.get(i);
        Integer earlier = name.equals("-") ? null : months.put(name, i + 1);
        if (earlier != null && earlier != i + 1) {
          throw new IllegalStateException(name + " is month " + earlier + " and " + (i + 1));
        }
      }
    }
    return Map.copyOf(months);
  }

  private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList()) + ")";

  private static final String TIME = "(?:\\s*(?:,|à|às|alle|a|um|at|om|kl\\.|в|о|o|-|\\|)?\\s*(\\d{1,2})\\s*[:：h.时]\\s*(\\d{2})(?![\\d])"
      + "(?:[:：](\\d{2}))?\\s*(?:分|Uhr)?\\s*([ap]\\.?m\\.?)?)?";

  /**
   * Visible forms; each has groups year, month, day (in some order), then the {@link #TIME} groups,
   * and names the characters a line needs for the form to match at all (see {@link #mayMatch}).
   */
  private enum Visible {
    NUMERIC_YMD("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)" + TIME, 1, 2, 3, "-/."),
    CJK("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + TIME, 1, 2, 3, "年"),
    NUMERIC_DMY("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)" + TIME, 3, 2, 1, "."),
    KOREAN("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일" + TIME, 1, 2, 3, "년"),
    // "7 février 2012", "7. Februar 2012", "7 de febrero de 2012", "7 февраля 2012 г."
    DAY_MONTH_YEAR("(?<!\\d)(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+)?" + MONTH
        + "\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?:\\s*г\\.|\\s*r\\.)?" + TIME, 3, 2, 1, null),
    MONTH_DAY_YEAR(MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, 3, 1, 2, null);

    final Pattern pattern;
    final int year;
    final int month;
    final int day;
    /** A line without one of these cannot match; null for the forms with a month name. */
    final String needsOneOf;

    Visible(String regex, int year, int month, int day, String needsOneOf) {
      this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      this.year = year;
      this.month = month;
      this.day = day;
      this.needsOneOf = needsOneOf;
    }

    /**
     * Whether the pattern may match a line with these characters. Running a pattern that cannot
     * match still tries it at every position of the line, and on Chinese pages most lines with a
     * year have none of the separators or month names most forms need. A month name needs a
     * letter outside the CJK scripts (case-insensitive matching maps no CJK character to a Latin one).
     */
    boolean mayMatch(String line, boolean hasNonCjkLetter) {
      if (needsOneOf == null) {
        return hasNonCjkLetter;
      }
      for (int i = 0; i < needsOneOf.length(); i++) {
        if (line.indexOf(needsOneOf.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A date found in a line of text, and where.
   *
   * @param time the time in the zone it was read in, or null when no zone was known
   * @param local the time as the line shows it
   */
  record Found(OffsetDateTime time, LocalDateTime local, int start, int end) {}

  private static final int MIN_YEAR = 1990;
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=[/_.-]|$)");
  /** Eight digits alone in a path segment; longer runs are ids or archive timestamps. */
  private static final Pattern URL_COMPACT_DATE = Pattern.compile(
      "(?<=[/_-])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");

  /** No place on earth is further ahead of UTC than this. */
  private static final ZoneOffset EARLIEST_OFFSET = ZoneOffset.ofHours(14);

  private Dates() {}

  /**
   * A machine-readable time: ISO-8601 in its usual web variants ({@code 2012-02-07T08:23:00+08:00},
   * {@code 2012-02-07 08:23:00 +0800}, {@code 2012-02-07}) or RFC 1123.
   */
  static Optional<OffsetDateTime> parseMachine(String value, ZoneId zone) {
    if (value == null || value.isBlank() || value.length() > 100) {
      return Optional.empty();
    }
    String s = value.strip();
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) {
      try {
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
            : LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
        return atOffset(LocalDateTime.of(date, time), offset(m.group(7)), zone);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The wall-clock time a machine-readable value shows, whether or not it gives an offset: what
   * the page says when no time zone is known to place it.
   */
  static Optional<LocalDateTime> parseMachineLocal(String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value.strip());
    if (m.lookingAt()) {
      try {
        LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
            : LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
        return Optional.of(LocalDateTime.of(date, time));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return parseMachine(value, null).map(OffsetDateTime::toLocalDateTime);
  }

  /**
   * The offset a machine-readable value states, when it states one other than UTC: a page that
   * writes {@code +01:00} says where its clocks are, while {@code Z} is mostly a serializer's habit.
   */
  static Optional<ZoneOffset> statedOffset(String value) {
    if (value == null || value.length() > 100) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value.strip());
    if (!m.lookingAt() || m.group(4) == null || m.group(7) == null) {
      return Optional.empty();
    }
    try {
      ZoneOffset offset = offset(m.group(7));
      return offset.getTotalSeconds() == 0 ? Optional.empty() : Optional.of(offset);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The day a URL's path names ("/2014/05/18/slug", "/news/2012-06/04/", "/20220124-slug"), if it
   * names one: the last resort, as a path may also name an archive or a filing date.
   */
  static Optional<LocalDate> fromUrl(String url) {
    if (url == null || url.length() > 2000) {
      return Optional.empty();
    }
    for (Pattern p : new Pattern[] {URL_DATE, URL_COMPACT_DATE}) {
      Matcher m = p.matcher(url);
      while (m.find()) {
        try {
          LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
          if (date.getYear() >= MIN_YEAR) {
            return Optional.of(date);
          }
        } catch (DateTimeException e) {
          // not a date: try the next candidate
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a machine-readable value gives a time of day, not only a date. */
  static boolean hasTimeOfDay(String value) {
    if (value == null || value.length() > 100) {
      return false;
    }
    Matcher m = ISO.matcher(value.strip());
    return m.lookingAt() ? m.group(4) != null : parseMachine(value, null).isPresent();
  }

  /** Whether a wall-clock time without a zone lies in the past wherever it was read. */
  static boolean isPast(LocalDateTime local, java.time.Instant now) {
    return !local.toInstant(EARLIEST_OFFSET).isAfter(now);
  }

  /** The first date shown in {@code line}, read in {@code zone}. */
  static Optional<Found> findVisible(String line, ZoneId zone) {
    if (line.length() > 300 || !hasFourDigits(line)) {
      return Optional.empty();
    }
    Found best = null;
    boolean hasNonCjkLetter = hasNonCjkLetter(line);
    for (Visible form : VISIBLE_FORMS) {
      if (!form.mayMatch(line, hasNonCjkLetter)) {
        continue;
      }
      Matcher m = form.pattern.matcher(line);
      while (m.find()) {
        Optional<LocalDateTime> local = localDateTime(form, m);
        if (local.isEmpty()) {
          continue;
        }
        if (best == null || m.start() < best.start()) {
          OffsetDateTime time = zone == null ? null : atOffset(local.get(), null, zone).orElse(null);
          best = new Found(time, local.get(), m.start(), m.end());
        }
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Visible[] VISIBLE_FORMS = Visible.values();

  private static boolean hasNonCjkLetter(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c) && !Html.isCjk(c)) {
        return true;
      }
    }
    return false;
  }

  /** Every visible form has a four-digit year; most lines have none, and skip the patterns. */
  private static boolean hasFourDigits(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDateTime> localDateTime(Visible form, Matcher m) {
    try {
      String monthText = m.group(form.month);
      int month = Character.isDigit(monthText.charAt(0)) ? Integer.parseInt(monthText)
          : MONTHS.getOrDefault(monthText.toLowerCase(Locale.ROOT), 0);
      LocalDate date = LocalDate.of(num(m, form.year), month, num(m, form.day));
      if (date.getYear() < MIN_YEAR) {
        return Optional.empty();
      }
      int t = 4;
      if (m.group(t) == null) {
        return Optional.of(date.atStartOfDay());
      }
      int hour = num(m, t);
      String amPm = m.group(t + 3);
      if (amPm != null) {
        boolean pm = Character.toLowerCase(amPm.charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      return Optional.of(LocalDateTime.of(date,
          LocalTime.of(hour, num(m, t + 1), m.group(t + 2) == null ? 0 : num(m, t + 2))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> atOffset(LocalDateTime local, ZoneOffset offset, ZoneId zone) {
    if (offset != null) {
      return Optional.of(local.atOffset(offset));
    }
    if (zone == null) {
      return Optional.empty();
    }
    return Optional.of(local.atZone(zone).toOffsetDateTime());
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    String s = text.toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "");
    if (s.isEmpty() || s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String sign = s.substring(0, 1);
    String digits = s.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    int seconds = (hours * 3600 + minutes * 60) * (sign.equals("-") ? -1 : 1);
    return ZoneOffset.ofTotalSeconds(seconds);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
