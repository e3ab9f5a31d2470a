package broadsheet.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Times as the store keeps them: UTC instants in whole seconds, so text order is time order. */
public final class Instants {
  private Instants() {}

  public static String format(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * Reads a stored time. The store's own shape, {@code 2025-07-27T11:46:19Z}, is read directly:
   * every article row carries three or four of them, and the general ISO parser cost a cold reindex
   * of 100,000 articles three seconds of compiling besides its own time. Anything else (fractions
   * of a second, values written by hand) goes through {@link Instant#parse}.
   */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      int least =
          Math.min(Math.min(year, month), Math.min(Math.min(day, hour), Math.min(minute, second)));
      if (least >= 0 && hour < 24 && minute < 60 && second < 60) {
        try {
          long days = LocalDate.of(year, month, day).toEpochDay();
          return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
        } catch (DateTimeException e) {
          // Not a real date (2025-02-30): let the general parser say so.
        }
      }
    }
    return Instant.parse(text);
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
