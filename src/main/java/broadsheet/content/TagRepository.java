package broadsheet.content;

import broadsheet.store.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Topic tags. */
public final class TagRepository {
  private final Jdbi jdbi;

  public TagRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  public Optional<Tag> findBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + TagTable.COLUMNS.list() + " FROM tags WHERE slug = :slug")
                .bind("slug", slug)
                .map((rs, c) -> TagTable.read(rs, 1))
                .findOne());
  }

  /** The tag with this name's slug, created when new. */
  public long ensure(Handle h, String name) {
    return ensure(h, Slugs.of(name), name);
  }

  /**
   * The tag with this slug, created with this name when new (imports keep their own slugs). The
   * insert comes first and gives way to a tag that exists, so two saves that bring the same new tag
   * at once both get it instead of one failing on the unique slug.
   */
  public long ensure(Handle h, String slug, String name) {
    h.createUpdate(
            "INSERT INTO tags (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
        .bind("slug", slug)
        .bind("name", name.strip())
        .execute();
    return idBySlug(h, slug).orElseThrow();
  }

  public Optional<Long> idBySlug(Handle h, String slug) {
    return h.createQuery("SELECT id FROM tags WHERE slug = :slug")
        .bind("slug", slug)
        .mapTo(Long.class)
        .findOne();
  }

  public long ensure(String name) {
    return jdbi.withHandle(h -> ensure(h, name));
  }

  /** Every tag with how many articles carry it, for the newsroom. */
  public List<Tag> all() {
    return jdbi.withHandle(
        h ->
            h
                .createQuery("SELECT " + TagTable.COLUMNS.list() + " FROM tags")
                .map((rs, c) -> TagTable.read(rs, 1))
                .list()
                .stream()
                .sorted(Tag.ORDER)
                .toList());
  }

  /** Renames a tag (its address stays) in the caller's transaction; returns its articles. */
  public List<Long> rename(Handle h, long id, String name) {
    h.createUpdate("UPDATE tags SET name = :name WHERE id = :id")
        .bind("name", name)
        .bind("id", id)
        .execute();
    return h.createQuery("SELECT article_id FROM article_tags WHERE tag_id = :id")
        .bind("id", id)
        .mapTo(Long.class)
        .list();
  }

  /** Every tag that has a published article, for the sitemap. */
  public List<Tag> inUse() {
    return jdbi.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT DISTINCT "
                        + TagTable.COLUMNS.list("g")
                        + " FROM tags g"
                        + " JOIN article_tags t ON t.tag_id = g.id"
                        + " JOIN articles a ON a.id = t.article_id AND a.status = 'published'")
                .map((rs, c) -> TagTable.read(rs, 1))
                .list()
                .stream()
                .sorted(Comparator.comparing(Tag::slug))
                .toList());
  }
}
