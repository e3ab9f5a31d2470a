package broadsheet.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the store keeps them: UTC instants in whole seconds, so text order is time order. */
public final class Instants {
  private Instants() {}

  public static String format(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public static Instant parse(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
