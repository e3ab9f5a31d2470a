package broadsheet.content;

import broadsheet.store.Database;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Writers named in bylines. */
public final class AuthorRepository {
  private static final String SELECT = "SELECT id, slug, name, bio, avatar_url FROM authors";

  private final Jdbi jdbi;

  public AuthorRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<Author> all() {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " ORDER BY name").map(AuthorRepository::map).list());
  }

  /** Authors with at least one published article, for the sitemap. */
  public List<Author> published() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT DISTINCT au.id, au.slug, au.name, au.bio, au.avatar_url FROM authors au"
                        + " JOIN article_authors w ON w.author_id = au.id"
                        + " JOIN articles a ON a.id = w.article_id AND a.status = 'published'"
                        + " ORDER BY au.slug")
                .map(AuthorRepository::map)
                .list());
  }

  public Optional<Author> findBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE slug = :slug")
                .bind("slug", slug)
                .map(AuthorRepository::map)
                .findOne());
  }

  public Optional<Long> idBySlug(Handle h, String slug) {
    return h.createQuery("SELECT id FROM authors WHERE slug = :slug")
        .bind("slug", slug)
        .mapTo(Long.class)
        .findOne();
  }

  public long insert(String slug, String name, String bio, String avatarUrl) {
    return jdbi.withHandle(h -> insert(h, slug, name, bio, avatarUrl));
  }

  public long insert(Handle h, String slug, String name, String bio, String avatarUrl) {
    return h.createUpdate(
            "INSERT INTO authors (slug, name, bio, avatar_url) VALUES (:slug, :name, :bio, :avatar)")
        .bind("slug", slug)
        .bind("name", name)
        .bind("bio", bio)
        .bind("avatar", avatarUrl)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static Author map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Author(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("name"),
        rs.getString("bio"),
        rs.getString("avatar_url"));
  }
}
