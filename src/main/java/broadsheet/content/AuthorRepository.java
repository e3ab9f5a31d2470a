package broadsheet.content;

import broadsheet.store.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Writers named in bylines. */
public final class AuthorRepository {
  private static final String SELECT = "SELECT " + AuthorTable.COLUMNS.list() + " FROM authors";

  private final Jdbi jdbi;

  public AuthorRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<Author> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT).map((rs, c) -> AuthorTable.read(rs, 1)).list().stream()
                .sorted(
                    Comparator.comparing(Author::name, Names.ORDER).thenComparingLong(Author::id))
                .toList());
  }

  /** Authors with at least one published article, for the sitemap. */
  public List<Author> published() {
    return jdbi.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT DISTINCT "
                        + AuthorTable.COLUMNS.list("au")
                        + " FROM authors au"
                        + " JOIN article_authors w ON w.author_id = au.id"
                        + " JOIN articles a ON a.id = w.article_id AND a.status = 'published'")
                .map((rs, c) -> AuthorTable.read(rs, 1))
                .list()
                .stream()
                .sorted(Comparator.comparing(Author::slug))
                .toList());
  }

  public Optional<Author> findBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE slug = :slug")
                .bind("slug", slug)
                .map((rs, c) -> AuthorTable.read(rs, 1))
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
}
