package broadsheet.content;

import java.util.Locale;

/** Where an article stands in the editorial workflow. Only PUBLISHED is ever shown to readers. */
public enum Status {
  DRAFT,
  REVIEW,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
