package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Static pages: about, privacy, contact … */
public final class PageRepository {
  private static final String SELECT =
      "SELECT id, slug, title, body_markdown, body_html, updated_at FROM pages";

  private final Jdbi jdbi;

  public PageRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public Optional<Page> findBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE slug = :slug")
                .bind("slug", slug)
                .map(PageRepository::map)
                .findOne());
  }

  public List<Page> all() {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " ORDER BY title").map(PageRepository::map).list());
  }

  /** Creates the page, or replaces the one with the same slug. */
  public void save(String slug, String title, String markdown, String html, Instant updatedAt) {
    jdbi.useTransaction(
        h -> {
          int changed =
              h.createUpdate(
                      "UPDATE pages SET title = :title, body_markdown = :markdown,"
                          + " body_html = :html, updated_at = :updated WHERE slug = :slug")
                  .bind("slug", slug)
                  .bind("title", title)
                  .bind("markdown", markdown)
                  .bind("html", html)
                  .bind("updated", Instants.format(updatedAt))
                  .execute();
          if (changed == 0) {
            h.createUpdate(
                    "INSERT INTO pages (slug, title, body_markdown, body_html, updated_at)"
                        + " VALUES (:slug, :title, :markdown, :html, :updated)")
                .bind("slug", slug)
                .bind("title", title)
                .bind("markdown", markdown)
                .bind("html", html)
                .bind("updated", Instants.format(updatedAt))
                .execute();
          }
        });
  }

  private static Page map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Page(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("body_markdown"),
        rs.getString("body_html"),
        Instants.parse(rs.getString("updated_at")));
  }
}
