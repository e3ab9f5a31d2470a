package broadsheet.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them (in the paper's zone) and as machines read them (ISO-8601). */
public final class Dates {
  private static final DateTimeFormatter HUMAN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  public static String human(Instant instant, ZoneId zone) {
    return instant == null ? "" : HUMAN.format(instant.atZone(zone));
  }

  public static String day(Instant instant, ZoneId zone) {
    return instant == null ? "" : DAY.format(instant.atZone(zone));
  }

  public static String iso(Instant instant, ZoneId zone) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
  }
}
