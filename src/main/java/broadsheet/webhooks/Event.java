package broadsheet.webhooks;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a webhook may be told of: an article's publication, update, withdrawal or correction. */
public enum Event {
  PUBLISHED("article.published"),
  UPDATED("article.updated"),
  UNPUBLISHED("article.unpublished"),
  CORRECTED("article.corrected");

  private final String code;

  Event(String code) {
    this.code = code;
  }

  /** The name receivers see, e.g. {@code article.published}. */
  public String code() {
    return code;
  }

  /** Every event's name, comma-separated, as --events and the newsroom's form list them. */
  public static String allCodes() {
    return EnumSet.allOf(Event.class).stream().map(Event::code).collect(Collectors.joining(","));
  }

  /**
   * The events of a comma-separated list of names; an unknown or missing name is an {@link
   * IllegalArgumentException} whose message says which.
   */
  public static Set<Event> parse(String names) {
    Set<Event> events = EnumSet.noneOf(Event.class);
    for (String name : names == null ? new String[0] : names.split(",", -1)) {
      String given = name.strip().toLowerCase(Locale.ROOT);
      if (given.isEmpty()) {
        continue;
      }
      events.add(
          EnumSet.allOf(Event.class).stream()
              .filter(e -> e.code.equals(given))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown event "
                              + (given.length() > 40 ? given.substring(0, 40) + "…" : given)
                              + " (the events are "
                              + allCodes().replace(",", ", ")
                              + ")")));
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("name at least one event (" + allCodes() + ")");
    }
    return events;
  }

  /** A set of events as the store keeps it, in the order of this enum. */
  static String join(Set<Event> events) {
    return events.stream().sorted().map(Event::code).collect(Collectors.joining(","));
  }
}
