package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * What feeds and sitemaps read of published articles: an address, a headline and two times each,
 * without the article rows themselves.
 */
public final class ArticleLinks {
  private static final String LINKS =
      """
      SELECT a.slug, s.slug, a.headline, a.published_at, a.updated_at,
        (SELECT MAX(c.created_at) FROM corrections c WHERE c.article_id = a.id)
      FROM articles a JOIN sections s ON s.id = a.section_id
      WHERE a.status = 'published'
      """;

  private final Jdbi jdbi;

  public ArticleLinks(Database database) {
    this.jdbi = database.jdbi();
  }

  /** How many published articles there are, each a link. */
  public int count() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM articles WHERE status = 'published'")
                .mapTo(Integer.class)
                .one());
  }

  /** Published articles since a time, newest first, for the news sitemap. */
  public List<ArticleLink> since(Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    LINKS
                        + " AND a.published_at >= ? ORDER BY a.published_at DESC, a.id DESC"
                        + " LIMIT ?")
                .bind(0, Instants.format(since))
                .bind(1, limit)
                .map((rs, ctx) -> link(rs))
                .list());
  }

  /** Every published article's link, in a stable order, streamed to keep memory flat. */
  public void each(Consumer<ArticleLink> consumer) {
    jdbi.useHandle(
        h ->
            h.createQuery(LINKS + " ORDER BY a.id")
                .setFetchSize(1000)
                .map((rs, ctx) -> link(rs))
                .forEach(consumer));
  }

  /** A row of {@link #LINKS}, columns by position. */
  private static ArticleLink link(ResultSet rs) throws SQLException {
    Instant published = Instants.parse(rs.getString(4));
    Instant modified = published;
    for (int column : new int[] {5, 6}) {
      Instant t = Instants.parse(rs.getString(column));
      if (t != null && (modified == null || t.isAfter(modified))) {
        modified = t;
      }
    }
    return new ArticleLink(
        Addresses.article(rs.getString(2), rs.getString(1)), rs.getString(3), published, modified);
  }
}
