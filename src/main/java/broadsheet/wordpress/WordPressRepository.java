package broadsheet.wordpress;

import broadsheet.store.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What imports remember: which WordPress item became which Broadsheet record, the media records of
 * attachments, and the old addresses that redirect. Every method runs in the import's transaction.
 */
final class WordPressRepository {
  private static final String REMEMBER =
      "INSERT INTO wordpress_items (site, kind, wp_key, guid, local_id, fingerprint)"
          + " VALUES (:site, :kind, :key, :guid, :local, :print)"
          + " ON CONFLICT (site, kind, wp_key) DO UPDATE SET guid = :guid,"
          + " local_id = :local, fingerprint = :print";

  /** A WordPress item already imported: what it became, and the fingerprint of what it was. */
  record Mapping(long localId, String fingerprint) {}

  /**
   * Matched on the site and the WordPress id, or failing that on the item's GUID as another site
   * address exported it (a site that moved). GUIDs are not unique within one export, so they never
   * match an item of the same site.
   */
  Optional<Mapping> find(Handle h, String site, String kind, String key, String guid) {
    Optional<Mapping> byKey =
        h.createQuery(
                "SELECT local_id, fingerprint FROM wordpress_items"
                    + " WHERE site = :site AND kind = :kind AND wp_key = :key")
            .bind("site", site)
            .bind("kind", kind)
            .bind("key", key)
            .map((rs, c) -> new Mapping(rs.getLong(1), rs.getString(2)))
            .findOne();
    if (byKey.isPresent() || guid == null || guid.isBlank()) {
      return byKey;
    }
    return h
        .createQuery(
            "SELECT local_id, fingerprint FROM wordpress_items"
                + " WHERE kind = :kind AND guid = :guid AND site <> :site")
        .bind("kind", kind)
        .bind("site", site)
        .bind("guid", guid)
        .map((rs, c) -> new Mapping(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .findFirst();
  }

  /** Whether anything was ever imported into this store (any site, any kind). */
  boolean anyItems(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM wordpress_items LIMIT 1) t")
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  void remember(
      Handle h, String site, String kind, String key, String guid, long localId, String print) {
    h.createUpdate(REMEMBER)
        .bind("site", site)
        .bind("kind", kind)
        .bind("key", key)
        .bind("guid", guid)
        .bind("local", localId)
        .bind("print", print)
        .execute();
  }

  /** Whether a record still exists: the newsroom may have deleted what an import made. */
  boolean exists(Handle h, String table, long id) {
    String sql =
        switch (table) {
          case "articles" -> "SELECT COUNT(*) FROM articles WHERE id = :id";
          case "pages" -> "SELECT COUNT(*) FROM pages WHERE id = :id";
          case "media" -> "SELECT COUNT(*) FROM media WHERE id = :id";
          case "authors" -> "SELECT COUNT(*) FROM authors WHERE id = :id";
          default -> throw new IllegalArgumentException(table);
        };
    return h.createQuery(sql).bind("id", id).mapTo(Integer.class).one() > 0;
  }

  long writeMedia(Handle h, long id, WordPressContent.Attachment a, String mimeType) {
    if (id > 0) {
      h.createUpdate(
              "UPDATE media SET url = :url, title = :title, alt = :alt, caption = :caption,"
                  + " mime_type = :mime WHERE id = :id")
          .bind("id", id)
          .bind("url", a.url())
          .bind("title", a.title())
          .bind("alt", a.alt())
          .bind("caption", a.caption())
          .bind("mime", mimeType)
          .execute();
      return id;
    }
    return h.createUpdate(
            "INSERT INTO media (url, title, alt, caption, mime_type, created_at)"
                + " VALUES (:url, :title, :alt, :caption, :mime, :at)")
        .bind("url", a.url())
        .bind("title", a.title())
        .bind("alt", a.alt())
        .bind("caption", a.caption())
        .bind("mime", mimeType)
        .bind("at", Instants.format(Instant.now()))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** An attachment imported earlier (a split export brings media in a file of its own). */
  Optional<WordPressContent.Attachment> importedAttachment(Handle h, String site, String wpId) {
    return h.createQuery(
            "SELECT m.url, m.title, m.alt, m.caption FROM wordpress_items w"
                + " JOIN media m ON m.id = w.local_id"
                + " WHERE w.site = :site AND w.kind = 'media' AND w.wp_key = :key")
        .bind("site", site)
        .bind("key", wpId)
        .map(
            (rs, c) ->
                new WordPressContent.Attachment(
                    wpId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ""))
        .findOne();
  }

  /** Every media record, for exports. */
  List<WordPressContent.Attachment> allMedia(Handle h) {
    return h.createQuery("SELECT id, url, title, alt, caption FROM media ORDER BY id")
        .map(
            (rs, c) ->
                new WordPressContent.Attachment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    ""))
        .list();
  }

  /** An old address and what it leads to now. */
  record Redirect(String fromPath, String targetKind, long targetId) {}

  /** What an imported item became, to remember. */
  record Imported(String site, String kind, String key, String guid, long localId, String print) {}

  /** Records old addresses in one batch; the first import to claim an address keeps it. */
  void redirects(Handle h, List<Redirect> redirects) {
    var batch =
        h.prepareBatch(
            "INSERT INTO redirects (from_path, target_kind, target_id)"
                + " VALUES (:from, :kind, :id) ON CONFLICT (from_path) DO NOTHING");
    for (Redirect r : redirects) {
      if (r.fromPath().length() <= 600 && !r.fromPath().equals("/")) {
        batch
            .bind("from", r.fromPath())
            .bind("kind", r.targetKind())
            .bind("id", r.targetId())
            .add();
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  void rememberAll(Handle h, List<Imported> items) {
    var batch = h.prepareBatch(REMEMBER);
    for (Imported i : items) {
      batch
          .bind("site", i.site())
          .bind("kind", i.kind())
          .bind("key", i.key())
          .bind("guid", i.guid())
          .bind("local", i.localId())
          .bind("print", i.print())
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
