package broadsheet.wordpress;

import broadsheet.store.Instants;
import broadsheet.store.PreparedBatches;
import broadsheet.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * What imports remember: which WordPress item became which Broadsheet record, the media records of
 * attachments, and the old addresses that redirect. Every method runs in the import's transaction.
 */
final class WordPressRepository {
  /**
   * The limits of wordpress_items, in characters (VARCHAR(300); PostgreSQL refuses more). WordPress
   * itself writes short keys (ids, logins of 60) and site addresses; a file from elsewhere may not.
   */
  static final int SITE_LIMIT = 300;

  static final int KEY_LIMIT = 300;

  /** The longest old address redirects holds (VARCHAR(600)). */
  static final int FROM_PATH_LIMIT = 600;

  private static final String REMEMBER =
      "INSERT INTO wordpress_items (site, kind, wp_key, guid, local_id, fingerprint)"
          + " VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (site, kind, wp_key) DO UPDATE SET guid = excluded.guid,"
          + " local_id = excluded.local_id, fingerprint = excluded.fingerprint";
  private static final String REDIRECT =
      "INSERT INTO redirects (from_path, target_kind, target_id)"
          + " VALUES (?, ?, ?) ON CONFLICT (from_path) DO NOTHING";
  private static final String NEW_MEDIA =
      "INSERT INTO media (url, title, alt, caption, mime_type, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id";

  /**
   * A WordPress item already imported, under the site and key it was remembered by: what it became,
   * and the fingerprint of what it was.
   */
  record Mapping(String site, String key, long localId, String fingerprint) {}

  /**
   * Matched on the site and the WordPress id, or failing that on the item's GUID as another site
   * address exported it (a site that moved). GUIDs are not unique within one export, so they never
   * match an item of the same site.
   */
  Optional<Mapping> find(Handle h, String site, ItemKind kind, String key, String guid) {
    Optional<Mapping> byKey =
        h.createQuery(
                "SELECT site, wp_key, local_id, fingerprint FROM wordpress_items"
                    + " WHERE site = :site AND kind = :kind AND wp_key = :key")
            .bind("site", site)
            .bind("kind", kind.key)
            .bind("key", fitted(key))
            .map(WordPressRepository::mapping)
            .findOne();
    if (byKey.isPresent() || guid == null || guid.isBlank()) {
      return byKey;
    }
    return h
        .createQuery(
            "SELECT site, wp_key, local_id, fingerprint FROM wordpress_items"
                + " WHERE kind = :kind AND guid = :guid AND site <> :site")
        .bind("kind", kind.key)
        .bind("site", site)
        .bind("guid", guid)
        .map(WordPressRepository::mapping)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * A key as the table holds it: whole, or its first {@link #KEY_LIMIT} characters, the same when
   * remembered and when looked up, so that an item with a longer key is matched again next time.
   */
  static String fitted(String key) {
    return key == null || key.codePointCount(0, key.length()) <= KEY_LIMIT
        ? key
        : key.substring(0, key.offsetByCodePoints(0, KEY_LIMIT));
  }

  private static Mapping mapping(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Mapping(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4));
  }

  /** Whether anything was ever imported into this store (any site, any kind). */
  boolean anyItems(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM wordpress_items LIMIT 1) t")
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Whether a record still exists: the newsroom may have deleted what an import made. */
  boolean exists(Handle h, ItemKind kind, long id) {
    String sql =
        switch (kind) {
          case ARTICLE -> "SELECT COUNT(*) FROM articles WHERE id = :id";
          case PAGE -> "SELECT COUNT(*) FROM pages WHERE id = :id";
          case MEDIA -> "SELECT COUNT(*) FROM media WHERE id = :id";
          case AUTHOR -> "SELECT COUNT(*) FROM authors WHERE id = :id";
        };
    return h.createQuery(sql).bind("id", id).mapTo(Integer.class).one() > 0;
  }

  void updateMedia(Handle h, long id, WordPressContent.Attachment a, String mimeType) {
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
  }

  /** An attachment imported earlier (a split export brings media in a file of its own). */
  Optional<WordPressContent.Attachment> importedAttachment(Handle h, String site, String wpId) {
    return h.createQuery(
            "SELECT m.url, m.title, m.alt, m.caption FROM wordpress_items w"
                + " JOIN media m ON m.id = w.local_id"
                + " WHERE w.site = :site AND w.kind = 'media' AND w.wp_key = :key")
        .bind("site", site)
        .bind("key", fitted(wpId))
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
  record Imported(
      String site, ItemKind kind, String key, String guid, long localId, String print) {}

  /**
   * What an import writes thousands of times, through statements prepared once for its transaction:
   * old addresses and mappings wait in batches until {@link #flush()}, which must come before
   * anything reads them back.
   */
  static final class Writes implements AutoCloseable {
    private final PreparedBatches batches;

    Writes(Handle h) {
      this.batches = new PreparedBatches(h.getConnection());
    }

    /**
     * An old address; the first import to claim it keeps it. False for one the table cannot hold,
     * which is left out.
     */
    boolean redirect(Redirect r) {
      String path = r.fromPath();
      if (path.equals("/")) {
        return true;
      }
      if (path.codePointCount(0, path.length()) > FROM_PATH_LIMIT) {
        return false;
      }
      try {
        PreparedStatement redirects = batches.statement(REDIRECT);
        redirects.setString(1, r.fromPath());
        redirects.setString(2, r.targetKind());
        redirects.setLong(3, r.targetId());
        batches.add(redirects);
      } catch (SQLException e) {
        throw failed(e);
      }
      return true;
    }

    void remember(Imported i) {
      try {
        PreparedStatement mappings = batches.statement(REMEMBER);
        mappings.setString(1, i.site());
        mappings.setString(2, i.kind().key);
        mappings.setString(3, fitted(i.key()));
        mappings.setString(4, i.guid());
        mappings.setLong(5, i.localId());
        mappings.setString(6, i.print());
        batches.add(mappings);
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    /** A new media record for an attachment; returns its id. */
    long insertMedia(WordPressContent.Attachment a, String mimeType) {
      try {
        PreparedStatement media = batches.statement(NEW_MEDIA);
        media.setString(1, a.url());
        media.setString(2, a.title());
        media.setString(3, a.alt());
        media.setString(4, a.caption());
        media.setString(5, mimeType);
        media.setString(6, Instants.format(Instant.now()));
        try (ResultSet rs = media.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    void flush() {
      try {
        batches.flush();
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      try {
        batches.close();
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    private static StoreException failed(SQLException e) {
      return new StoreException("cannot write the import: " + e.getMessage(), e);
    }
  }
}
