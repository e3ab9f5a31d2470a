package broadsheet.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Times as the store keeps them: UTC instants in whole seconds, so text order is time order. */
public final class Instants {
  private Instants() {}

  /**
   * Writes a time in the store's shape, {@code 2025-07-27T11:46:19Z}, as {@link Instant#toString}
   * writes it once truncated to the second. Years 0000 to 9999 are written directly: an import
   * writes three for each of tens of thousands of articles, and the general formatter cost it about
   * a second of compiling besides its own time.
   */
  public static String format(Instant instant) {
    if (instant == null) {
      return null;
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return t.toInstant(ZoneOffset.UTC).toString();
    }
    char[] out = "0000-00-00T00:00:00Z".toCharArray();
    put(out, 0, t.getYear(), 4);
    put(out, 5, t.getMonthValue(), 2);
    put(out, 8, t.getDayOfMonth(), 2);
    put(out, 11, t.getHour(), 2);
    put(out, 14, t.getMinute(), 2);
    put(out, 17, t.getSecond(), 2);
    return new String(out);
  }

  private static void put(char[] out, int start, int value, int length) {
    for (int i = start + length - 1; i >= start; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Reads a stored time. The store's own shape is read directly: every article row carries three or
   * four of them, and the general ISO parser is slow to run and to compile for a cold reindex.
   * Anything else (fractions of a second, values written by hand) goes through {@link
   * Instant#parse}.
   */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() == 20 && text.charAt(19) == 'Z') {
      LocalDateTime t = leadingDateTime(text, 'T');
      if (t != null) {
        return t.toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(text);
  }

  /**
   * {@code yyyy-MM-dd?HH:mm:ss} with the given separator in the middle, or null for any other text
   * and for times that do not exist (2025-02-30, 24:00:00, a leap second), which callers leave to a
   * general parser. WordPress writes its dates in this shape with a space.
   */
  public static LocalDateTime dateTime(String text, char separator) {
    return text.length() == 19 ? leadingDateTime(text, separator) : null;
  }

  /** The date and time in the first nineteen characters, as {@link #dateTime} reads them. */
  private static LocalDateTime leadingDateTime(String text, char separator) {
    if (text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != separator
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int least =
        Math.min(Math.min(year, month), Math.min(Math.min(day, hour), Math.min(minute, second)));
    if (least < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).atTime(hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written in {@code length} digits from {@code start}, or -1. */
  private static int digits(String text, int start, int length) {
    int value = 0;
    for (int i = start; i < start + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
