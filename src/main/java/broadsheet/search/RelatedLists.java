package broadsheet.search;

import broadsheet.store.Database;
import broadsheet.store.Queries;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The stored related lists: for each article, what the index found closest when last asked. */
final class RelatedLists {
  private final Jdbi jdbi;
  private final Queries queries;

  RelatedLists(Database database) {
    this.jdbi = database.jdbi();
    this.queries = database.queries();
  }

  /** What an article's page lists: an editor's pins in their order, then the computed list. */
  record Listed(List<Long> pinned, List<Long> computed) {}

  /**
   * Both lists in one query, since every article page asks. The few rows are put in order here,
   * since an ORDER BY made SQLite build a sorter for each half.
   */
  Listed listed(long articleId) {
    List<Entry> entries =
        jdbi.withHandle(
            h ->
                queries.list(
                    h,
                    """
                    SELECT 1, pinned_id, position FROM related_pins WHERE article_id = ?
                    UNION ALL
                    SELECT 0, related_id, position FROM related_articles WHERE article_id = ?
                    """,
                    rs -> new Entry(rs.getInt(1) == 1, rs.getLong(2), rs.getInt(3)),
                    articleId,
                    articleId));
    List<Entry> ordered =
        entries.stream().sorted(Comparator.comparingInt(Entry::position)).toList();
    return new Listed(
        ordered.stream().filter(Entry::pinned).map(Entry::id).toList(),
        ordered.stream().filter(e -> !e.pinned()).map(Entry::id).toList());
  }

  private record Entry(boolean pinned, long id, int position) {}

  List<Long> of(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT related_id FROM related_articles WHERE article_id = :id"
                        + " ORDER BY position")
                .bind("id", articleId)
                .mapTo(Long.class)
                .list());
  }

  /** The articles whose lists include this one, at most {@code limit} of them. */
  List<Long> holdersOf(long articleId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT article_id FROM related_articles WHERE related_id = :id"
                        + " ORDER BY article_id DESC LIMIT :limit")
                .bind("id", articleId)
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
  }

  /**
   * Replaces a list, and does {@code also} in the same transaction; two nodes (or requests) storing
   * the same list at once both succeed.
   */
  void replace(long articleId, List<Long> related, Consumer<Handle> also) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM related_articles WHERE article_id = :id")
              .bind("id", articleId)
              .execute();
          var insert =
              h.prepareBatch(
                  "INSERT INTO related_articles (article_id, related_id, position)"
                      + " VALUES (:a, :r, :n) ON CONFLICT (article_id, related_id)"
                      + " DO UPDATE SET position = excluded.position");
          for (int i = 0; i < related.size(); i++) {
            insert.bind("a", articleId).bind("r", related.get(i)).bind("n", i).add();
          }
          if (!related.isEmpty()) {
            insert.execute();
          }
          also.accept(h);
        });
  }

  /** Forgets every list, after the store was replaced wholesale (an import). */
  void clear() {
    jdbi.useHandle(RelatedLists::clear);
  }

  static void clear(Handle h) {
    h.execute("DELETE FROM related_articles");
  }
}
