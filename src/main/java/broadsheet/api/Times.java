package broadsheet.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times a client gives in parameters: ISO 8601 with an offset, or a date (its midnight, UTC). */
final class Times {
  private Times() {}

  /** The parameter's time, or null when it is absent; anything else is a 400 naming it. */
  static Instant parse(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
          // A "+" left unencoded in a query string arrives as a space.
          : OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid(
          name,
          "Give a date (2026-12-05) or a date and time with its offset"
              + " (2026-12-05T09:30:00+01:00).");
    }
  }
}
