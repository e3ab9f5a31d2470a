package broadsheet.content;

import broadsheet.store.Database;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Where a piece of content named by its id lives now, for links kept elsewhere (old WordPress
 * addresses): looked up when asked, so a renamed or moved one is still found, and empty when it is
 * gone or not public.
 */
public final class CurrentAddresses {
  private final Jdbi jdbi;

  public CurrentAddresses(Database database) {
    this.jdbi = database.jdbi();
  }

  /** A published article's address. */
  public Optional<String> article(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT s.slug, a.slug FROM articles a JOIN sections s ON s.id = a.section_id"
                        + " WHERE a.id = :id AND a.status = 'published'")
                .bind("id", id)
                .map((rs, c) -> Addresses.article(rs.getString(1), rs.getString(2)))
                .findOne());
  }

  /** A published static page's address. */
  public Optional<String> page(long id) {
    return slug("SELECT slug FROM pages WHERE id = :id AND status = 'published'", id)
        .map(Addresses::page);
  }

  public Optional<String> section(long id) {
    return slug("SELECT slug FROM sections WHERE id = :id", id).map(Addresses::section);
  }

  public Optional<String> tag(long id) {
    return slug("SELECT slug FROM tags WHERE id = :id", id).map(Addresses::tag);
  }

  public Optional<String> author(long id) {
    return slug("SELECT slug FROM authors WHERE id = :id", id).map(Addresses::author);
  }

  private Optional<String> slug(String sql, long id) {
    return jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(String.class).findOne());
  }
}
