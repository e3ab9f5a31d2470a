package broadsheet.store;

import broadsheet.content.BodyRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Handle;

/**
 * What a store left by a crash must satisfy, as queries that find half-written data: the engine's
 * own check on SQLite, every reference pointing at a row that exists, each article written by the
 * newsroom agreeing with its latest revision and its last transition, published articles with a
 * time and an address, and every uploaded image's files present and whole. Each finding is one line
 * naming the rows; none means consistent.
 */
final class StoreConsistency {
  /** A reference that must name an existing row: the query lists the rows whose target is gone. */
  private static final Map<String, String> REFERENCES = new LinkedHashMap<>();

  static {
    orphans("articles", "id", "section_id", "sections");
    orphans("sections", "id", "parent_id", "sections");
    orphans("article_authors", "article_id", "article_id", "articles");
    orphans("article_authors", "article_id", "author_id", "authors");
    orphans("article_tags", "article_id", "article_id", "articles");
    orphans("article_tags", "article_id", "tag_id", "tags");
    orphans("corrections", "id", "article_id", "articles");
    orphans("transitions", "id", "article_id", "articles");
    orphans("transitions", "id", "account_id", "accounts");
    orphans("revisions", "id", "article_id", "articles");
    orphans("revisions", "id", "section_id", "sections");
    orphans("preview_links", "id", "article_id", "articles");
    orphans("related_pins", "article_id", "article_id", "articles");
    orphans("related_pins", "article_id", "pinned_id", "articles");
    orphans("related_articles", "article_id", "article_id", "articles");
    orphans("related_articles", "article_id", "related_id", "articles");
    orphans("sessions", "account_id", "account_id", "accounts");
    orphans("accounts", "id", "author_id", "authors");
    orphans("images", "hash", "uploaded_by", "accounts");
    for (String[] kind :
        new String[][] {
          {"article", "articles"}, {"page", "pages"}, {"media", "media"}, {"author", "authors"}
        }) {
      REFERENCES.put(
          "wordpress_items of kind " + kind[0] + " naming no row",
          "SELECT w.wp_key FROM wordpress_items w WHERE w.kind = '%s' AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.id = w.local_id)"
              .formatted(kind[0], kind[1]));
      REFERENCES.put(
          "redirects to a missing " + kind[0],
          "SELECT r.from_path FROM redirects r WHERE r.target_kind = '%s' AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.id = r.target_id)"
              .formatted(kind[0], kind[1]));
    }
  }

  private static void orphans(String table, String key, String column, String target) {
    REFERENCES.put(
        table + "." + column + " naming no row of " + target,
        "SELECT x.%s FROM %s x WHERE x.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.id = x.%s)"
            .formatted(key, table, column, target, column));
  }

  /** Other facts every row must show; the query lists those that do not. */
  private static final Map<String, String> FACTS = new LinkedHashMap<>();

  static {
    FACTS.put(
        "articles of an unknown status",
        "SELECT id FROM articles WHERE status NOT IN"
            + " ('draft', 'review', 'scheduled', 'published', 'unpublished')");
    FACTS.put(
        "published or scheduled articles without a time",
        "SELECT id FROM articles WHERE status IN ('published', 'scheduled')"
            + " AND (published_at IS NULL OR published_at = '')");
    FACTS.put(
        "articles without an address", "SELECT id FROM articles WHERE slug IS NULL OR slug = ''");
    FACTS.put(
        "articles written in the newsroom without a revision",
        "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM transitions t WHERE t.article_id"
            + " = a.id) AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id)");
    FACTS.put(
        "articles whose fields differ from their latest revision",
        "SELECT a.id FROM articles a JOIN revisions r ON r.id = (SELECT MAX(id) FROM revisions"
            + " WHERE article_id = a.id) WHERE a.headline <> r.headline OR a.standfirst <>"
            + " r.standfirst OR a.body_markdown <> r.body_markdown OR a.section_id <> r.section_id"
            + " OR COALESCE(a.image_url, '') <> COALESCE(r.image_url, '')"
            + " OR COALESCE(a.image_alt, '') <> COALESCE(r.image_alt, '')");
    FACTS.put(
        "articles whose status differs from their last transition",
        "SELECT a.id FROM articles a JOIN transitions t ON t.id = (SELECT MAX(id) FROM"
            + " transitions WHERE article_id = a.id) WHERE t.to_status <> a.status");
    FACTS.put(
        "articles moved in the workflow without a change in the feed",
        "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM transitions t WHERE t.article_id"
            + " = a.id AND t.from_status IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM changes c"
            + " WHERE c.kind = 'ARTICLE' AND c.ref = a.id)");
    FACTS.put(
        "changes at or before the place the feed was pruned to",
        "SELECT c.seq FROM changes c, change_feed f WHERE f.id = 1 AND c.seq <= f.pruned_through");
    FACTS.put(
        "uploaded images without a change in the feed",
        "SELECT COUNT(*) FROM images HAVING COUNT(*) > (SELECT COUNT(*) FROM changes WHERE kind ="
            + " 'MEDIA')");
    FACTS.put(
        "featured images of the newsroom's uploads that were never recorded",
        "SELECT a.id FROM articles a WHERE a.image_url LIKE '/media/%' AND NOT EXISTS (SELECT 1"
            + " FROM images i WHERE a.image_url LIKE '/media/' || i.hash || '%')");
  }

  private final BodyRenderer renderer = new BodyRenderer();

  /**
   * Every finding in the store behind {@code h}, with uploads in {@code media}; empty when
   * consistent.
   */
  List<String> check(Handle h, Dialect dialect, Path media) {
    List<String> found = new ArrayList<>();
    if (dialect == Dialect.SQLITE) {
      List<String> integrity = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
      if (!integrity.equals(List.of("ok"))) {
        found.add("PRAGMA integrity_check: " + integrity);
      }
      List<String> keys =
          h.createQuery("PRAGMA foreign_key_check")
              .map(
                  (rs, ctx) -> rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3))
              .list();
      if (!keys.isEmpty()) {
        found.add("PRAGMA foreign_key_check: " + keys);
      }
    }
    for (Map<String, String> queries : List.of(REFERENCES, FACTS)) {
      queries.forEach(
          (what, sql) -> {
            List<String> rows = h.createQuery(sql).mapTo(String.class).list();
            if (!rows.isEmpty()) {
              found.add(what + ": " + rows);
            }
          });
    }
    bylinesAndTagsAgree(h, found);
    bodiesRendered(h, found);
    imagesHaveTheirFiles(h, media, found);
    return found;
  }

  /** The byline and tags of a newsroom article are those its latest revision names. */
  private static void bylinesAndTagsAgree(Handle h, List<String> found) {
    h.createQuery(
            "SELECT a.id, r.tag_names, r.author_ids FROM articles a JOIN revisions r ON r.id ="
                + " (SELECT MAX(id) FROM revisions WHERE article_id = a.id)")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .list()
        .forEach(
            row -> {
              long id = Long.parseLong(row[0]);
              var tags =
                  new TreeSet<>(
                      h.createQuery(
                              "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id"
                                  + " WHERE x.article_id = :id")
                          .bind("id", id)
                          .mapTo(String.class)
                          .list());
              var revisionTags =
                  new TreeSet<>(
                      Arrays.stream(row[1].split(", ")).filter(s -> !s.isEmpty()).toList());
              if (!tags.equals(revisionTags)) {
                found.add("article " + id + " has tags " + tags + ", its revision " + revisionTags);
              }
              String byline =
                  String.join(
                      ",",
                      h.createQuery(
                              "SELECT author_id FROM article_authors WHERE article_id = :id"
                                  + " ORDER BY position")
                          .bind("id", id)
                          .mapTo(String.class)
                          .list());
              if (!byline.equals(row[2])) {
                found.add("article " + id + " has byline " + byline + ", its revision " + row[2]);
              }
            });
  }

  /** A newsroom article's page text is its Markdown rendered, never an older one's. */
  private void bodiesRendered(Handle h, List<String> found) {
    h.createQuery(
            "SELECT a.id, a.body_markdown, a.body_html FROM articles a WHERE EXISTS (SELECT 1 FROM"
                + " revisions r WHERE r.article_id = a.id)")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .list()
        .forEach(
            row -> {
              if (!renderer.render(row[1]).equals(row[2])) {
                found.add("article " + row[0] + " shows a body other than its Markdown's");
              }
            });
  }

  /** Every recorded upload: its original with the bytes its name hashes, and each variant whole. */
  private static void imagesHaveTheirFiles(Handle h, Path media, List<String> found) {
    h.createQuery("SELECT hash, format, width, bytes FROM images")
        .map(
            (rs, ctx) ->
                new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)})
        .list()
        .forEach(
            row -> {
              String hash = (String) row[0];
              String format = (String) row[1];
              int width = (Integer) row[2];
              Path original = media.resolve(hash + "." + format);
              try {
                if (!Files.isRegularFile(original)) {
                  found.add("image " + hash + " recorded without its file");
                  return;
                }
                byte[] bytes = Files.readAllBytes(original);
                if (bytes.length != (Long) row[3] || !sha256(bytes).equals(hash)) {
                  found.add("image " + hash + " has a file of other bytes");
                }
                String extension = format.equals("png") || format.equals("gif") ? "png" : "jpg";
                for (int w : new int[] {400, 800, 1600}) {
                  if (w > width) {
                    continue;
                  }
                  Path variant = media.resolve(hash + "-" + w + "." + extension);
                  BufferedImage read =
                      Files.isRegularFile(variant) ? ImageIO.read(variant.toFile()) : null;
                  if (read == null || read.getWidth() != w) {
                    found.add("image " + hash + " lacks a whole " + w + " px variant");
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
