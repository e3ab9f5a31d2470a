package broadsheet.content;

import java.time.Instant;

/** A note appended to a published article: a correction of fact, or an update. */
public record Correction(long id, Kind kind, String body, Instant createdAt) {

  public enum Kind {
    CORRECTION,
    UPDATE;

    public String label() {
      return this == CORRECTION ? "Correction" : "Update";
    }
  }
}
