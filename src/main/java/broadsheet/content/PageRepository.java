package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Static pages: about, privacy, contact … */
public final class PageRepository {
  private static final String SELECT =
      "SELECT id, slug, title, body_markdown, body_html, updated_at, status FROM pages";

  private static final String PUBLISHED = "published";
  private static final String DRAFT = "draft";

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
        h ->
            h.createQuery(SELECT).map(PageRepository::map).list().stream()
                .sorted(Comparator.comparing(Page::title, Names.ORDER).thenComparing(Page::slug))
                .toList());
  }

  /** Published pages only, for readers and the sitemap. */
  public Optional<Page> findPublished(String slug) {
    return findBySlug(slug).filter(Page::published);
  }

  public List<Page> allPublished() {
    return all().stream().filter(Page::published).toList();
  }

  public boolean slugTaken(Handle h, String slug, long self) {
    return h.createQuery("SELECT COUNT(*) FROM pages WHERE slug = :slug AND id <> :self")
            .bind("slug", slug)
            .bind("self", self)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Writes a page by id inside the caller's transaction (imports); id 0 creates it. */
  public long write(
      Handle h,
      long id,
      String slug,
      String title,
      String markdown,
      String html,
      Instant updatedAt,
      boolean live) {
    String sql =
        id > 0
            ? "UPDATE pages SET slug = :slug, title = :title, body_markdown = :markdown,"
                + " body_html = :html, updated_at = :updated, status = :status WHERE id = :id"
            : "INSERT INTO pages (slug, title, body_markdown, body_html, updated_at, status)"
                + " VALUES (:slug, :title, :markdown, :html, :updated, :status)";
    var statement =
        h.createUpdate(sql)
            .bind("id", id)
            .bind("slug", slug)
            .bind("title", title)
            .bind("markdown", markdown)
            .bind("html", html)
            .bind("updated", Instants.format(updatedAt))
            .bind("status", live ? PUBLISHED : DRAFT);
    if (id > 0) {
      statement.execute();
      return id;
    }
    return statement.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** Creates the page, or replaces the one with the same slug, published. */
  public void save(String slug, String title, String markdown, String html, Instant updatedAt) {
    save(slug, title, markdown, html, updatedAt, true);
  }

  /** Creates the page, or replaces the one with the same slug; a draft is for staff only. */
  public void save(
      String slug,
      String title,
      String markdown,
      String html,
      Instant updatedAt,
      boolean published) {
    jdbi.useTransaction(h -> save(h, slug, title, markdown, html, updatedAt, published));
  }

  /** As {@link #save}, in the caller's transaction; returns the page's id. */
  public long save(
      Handle h,
      String slug,
      String title,
      String markdown,
      String html,
      Instant updatedAt,
      boolean published) {
    long id =
        h.createQuery("SELECT id FROM pages WHERE slug = :slug")
            .bind("slug", slug)
            .mapTo(Long.class)
            .findOne()
            .orElse(0L);
    return write(h, id, slug, title, markdown, html, updatedAt, published);
  }

  private static Page map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Page(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("body_markdown"),
        rs.getString("body_html"),
        Instants.parse(rs.getString("updated_at")),
        PUBLISHED.equals(rs.getString("status")));
  }
}
