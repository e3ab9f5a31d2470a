package broadsheet.search;

import broadsheet.store.Database;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Related articles pinned by an editor, in the order they chose. */
public final class RelatedPins {
  private final Jdbi jdbi;

  public RelatedPins(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<Long> of(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT pinned_id FROM related_pins WHERE article_id = :id ORDER BY position")
                .bind("id", articleId)
                .mapTo(Long.class)
                .list());
  }

  /** Replaces the pins of an article in the caller's transaction (the save of the article). */
  public static void set(Handle h, long articleId, List<Long> pinned) {
    h.createUpdate("DELETE FROM related_pins WHERE article_id = :id")
        .bind("id", articleId)
        .execute();
    int position = 0;
    for (long p : pinned.stream().distinct().filter(p -> p != articleId).toList()) {
      h.createUpdate(
              "INSERT INTO related_pins (article_id, pinned_id, position) VALUES (:a, :p, :n)")
          .bind("a", articleId)
          .bind("p", p)
          .bind("n", position++)
          .execute();
    }
  }
}
