package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import broadsheet.changes.ChangeLog;
import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WordPress importer over real exports written by others (../shared/corpora/wxr), and over a
 * generated one where the order of its parts is the point.
 */
class WxrImportTest {
  private static final int LATE_POSTS = 1500;

  @TempDir Path temp;
  Database database;

  @BeforeEach
  void open() {
    database = TestStore.open(temp.resolve("data"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  ImportReport load(String name) throws Exception {
    return WxrImport.forStore(database, new ChangeLog(database, "test"))
        .run(Corpus.file(name), share -> {});
  }

  int count(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  String text(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  @Test
  void theThemeUnitTestDataArrivesWhole() throws Exception {
    ImportReport report = load("themeunittestdata.wordpress.xml");

    // SOURCES.md: 56 published posts (one password-protected), 1 draft, 1 scheduled, 21 pages,
    // 37 attachments, 70 menu items, 68 categories, 110 tags, 33 comments.
    assertThat(report.count("posts", "imported")).isEqualTo(58);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'published'")).isEqualTo(55);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'unpublished'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'draft'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'scheduled'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM pages")).isEqualTo(21);
    assertThat(count("SELECT COUNT(*) FROM media")).isEqualTo(37);
    assertThat(report.count("menu items", "skipped")).isEqualTo(70);
    assertThat(report.comments()).isEqualTo(33);
    assertThat(count("SELECT COUNT(*) FROM sections WHERE slug <> 'news'")).isEqualTo(68);
    assertThat(report.count("tags", "imported")).isGreaterThanOrEqualTo(110);

    // The hierarchy parent > child-1 > child-2 survives as sections.
    assertThat(
            text(
                "SELECT p.slug FROM sections c JOIN sections p ON p.id = c.parent_id"
                    + " WHERE c.slug = 'child-2'"))
        .isEqualTo("child-1");
    assertThat(
            text(
                "SELECT p.slug FROM sections c JOIN sections p ON p.id = c.parent_id"
                    + " WHERE c.slug = 'child-1'"))
        .isEqualTo("parent");

    // Post meta we do not map is reported, never silently dropped.
    assertThat(report.unmappedMeta()).containsKey("_wp_page_template");
    assertThat(report.text()).contains("post meta not mapped").contains("comments: 33");
  }

  @Test
  void dateAndZoneComeFromWordPressLocalAndUtcTimes() throws Exception {
    load("importer-valid-wxr-1.1.xml");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM pages")).isEqualTo(1);
    String published = text("SELECT published_at FROM articles");
    assertThat(published).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z");
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws Exception {
    load("themeunittestdata.wordpress.xml");
    StoreSnapshot first = StoreSnapshot.of(database);

    ImportReport again = load("themeunittestdata.wordpress.xml");

    assertThat(again.changedAnything()).isFalse();
    assertThat(again.count("posts", "unchanged")).isEqualTo(58);
    assertThat(StoreSnapshot.of(database)).isEqualTo(first);
  }

  @Test
  void aNewerExportOfTheSameSiteUpdatesWhatChanged() throws Exception {
    Path original = Corpus.file("importer-small-export.xml");
    load("importer-small-export.xml");
    int articles = count("SELECT COUNT(*) FROM articles");

    String newer =
        Files.readString(original)
            .replace("<title>Hello world!</title>", "<title>Hello again</title>");
    assertThat(newer).contains("Hello again");
    Path file = temp.resolve("newer.xml");
    Files.writeString(file, newer);
    ImportReport report =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(report.count("posts", "updated")).isEqualTo(1);
    assertThat(report.count("posts", "imported")).isZero();
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(articles);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE headline = 'Hello again'")).isEqualTo(1);
  }

  @Test
  void coAuthorsBecomeBylinesInOrderWithoutDuplicates() throws Exception {
    load("ghost-co-authors-plus.xml");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(4);
    assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(3);
    List<Integer> bylines =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM article_authors GROUP BY article_id ORDER BY 1")
                        .mapTo(Integer.class)
                        .list());
    assertThat(bylines).containsExactly(1, 2, 2, 3);
  }

  @Test
  void threeHundredAuthorsWithLoginsOnly() throws Exception {
    ImportReport report = load("importer-large-authors.xml");
    assertThat(report.count("authors", "imported")).isEqualTo(300);
    assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(300);
    // Imported writers get accounts that cannot sign in until an admin lets them.
    assertThat(count("SELECT COUNT(*) FROM accounts WHERE disabled = 1 AND password_hash IS NULL"))
        .isEqualTo(300);
  }

  /** WordPress allows display names of 250 characters: kept whole, on both stores. */
  @Test
  void anAuthorNameAsLongAsWordPressAllowsIsKeptWhole() throws Exception {
    String name = "Ada " + "Quill".repeat(49) + "😀";
    assertThat(name.codePointCount(0, name.length())).isEqualTo(250);

    ImportReport report = loadAuthorNamed(name);

    assertThat(report.count("posts", "imported")).isEqualTo(1);
    assertThat(text("SELECT name FROM authors")).isEqualTo(name);
    assertThat(text("SELECT name FROM accounts")).isEqualTo(name);
    assertThat(report.text()).doesNotContain("was cut");
  }

  /** A longer name than WordPress writes is cut to the columns' 250 and reported, not fatal. */
  @Test
  void anAuthorNameLongerThanTheColumnIsCutAndReported() throws Exception {
    String name = "Ada " + "Quill".repeat(49) + "😀!";

    ImportReport report = loadAuthorNamed(name);

    assertThat(report.count("posts", "imported")).isEqualTo(1);
    assertThat(text("SELECT name FROM authors")).isEqualTo(name.substring(0, name.length() - 1));
    assertThat(text("SELECT name FROM accounts")).isEqualTo(name.substring(0, name.length() - 1));
    assertThat(report.text()).contains("an author's name longer than 250 characters was cut");
  }

  private ImportReport loadAuthorNamed(String name) throws Exception {
    Path file = temp.resolve("long-name.xml");
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Long names</title><link>https://long.example</link>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:author><wp:author_id>2</wp:author_id><wp:author_login>ada</wp:author_login>
        <wp:author_email>ada@long.example</wp:author_email>
        <wp:author_display_name><![CDATA[%s]]></wp:author_display_name></wp:author>
        <item><title>A post</title><dc:creator>ada</dc:creator>
        <content:encoded><![CDATA[Text.]]></content:encoded>
        <wp:post_id>7</wp:post_id><wp:post_date>2025-03-01 09:00:00</wp:post_date>
        <wp:post_name>a-post</wp:post_name><wp:status>publish</wp:status>
        <wp:post_type>post</wp:post_type></item>
        </channel></rss>
        """
            .formatted(name));
    return WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});
  }

  @Test
  void textSurvivesByteForByte() throws Exception {
    load("importer-wxr-utf-8-challenges.xml");
    String headline = text("SELECT headline FROM articles");
    assertThat(headline)
        .isEqualTo("\"The Road \u202eNot\u202c Taken\" by Rob\u202dert \u202eFrost \u202a🌲\u202c");
    assertThat(text("SELECT body_html FROM articles")).contains("\u200b").contains("\u202e");

    load("importer-backslashes.xml");
    // An escape character of its own, so that the backslashes are plain text on both stores.
    assertThat(
            count(
                "SELECT COUNT(*) FROM articles"
                    + " WHERE body_html LIKE '%C:\\xampp\\htdocs%' ESCAPE '!'"))
        .isEqualTo(1);
  }

  @Test
  void blankLinesAreParagraphsAndCdataSectionsJoin() throws Exception {
    load("importer-post-content-blank-lines.xml");
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(1);
    String body = text("SELECT body_html FROM articles");
    assertThat(body.split("<p>", -1).length - 1).isGreaterThan(1);

    load("importer-multiple-cdata.xml");
    load("importer-cdata-edge.xml");
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%]] &gt;%'"))
        .isEqualTo(1);
  }

  @Test
  void aBodyIsItsOwnMarkdownSource() throws Exception {
    load("themeunittestdata.wordpress.xml");
    load("64-block-test-data.xml");
    var renderer = new broadsheet.content.BodyRenderer();
    List<Map<String, Object>> rows =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT slug, body_markdown, body_html FROM articles")
                        .mapToMap()
                        .list());
    assertThat(rows).hasSizeGreaterThan(100);
    for (Map<String, Object> row : rows) {
      // The newsroom re-renders the source on every save: an imported body must not change.
      assertThat(renderer.render((String) row.get("body_markdown")))
          .as(row.get("slug").toString())
          .isEqualTo(row.get("body_html"));
    }
  }

  @Test
  void shortcodesAndBlockCommentsBecomeMarkup() throws Exception {
    load("themeunittestdata.wordpress.xml");
    load("64-block-test-data.xml");
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_markdown LIKE '%<!-- wp:%'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%[caption%'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%[gallery%'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%<figcaption>%'"))
        .isGreaterThan(0);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%class=\"gallery\"%'"))
        .isGreaterThan(0);
    assertThat(
            count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%data-embed=\"youtube:%'"))
        .isGreaterThan(0);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%<script%'")).isZero();
  }

  @Test
  void yoastFieldsAndFeaturedImagesAreMapped() throws Exception {
    load("ghost-has-yoast-meta.xml");
    assertThat(count("SELECT COUNT(*) FROM articles WHERE seo_description IS NOT NULL"))
        .isGreaterThan(0);

    load("ghost-feature-image-captions.xml");
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_url IS NOT NULL")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_caption IS NOT NULL"))
        .isGreaterThan(0);
  }

  @Test
  void aSplitExportLinksFeaturedImagesFromTheMediaFile() throws Exception {
    load("ghost-multiple-attachments-only.xml");
    ImportReport posts = load("ghost-multiple-posts-only.xml");
    load("ghost-multiple-pages-only.xml");
    assertThat(posts.count("posts", "imported")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_url IS NOT NULL")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM pages")).isEqualTo(1);
  }

  @Test
  void oddItemsAreReportedNotFatal() throws Exception {
    ImportReport a11y = load("importer-a11y-unit-test-data.xml");
    assertThat(a11y.text()).contains("without a post type (WordPress post id 156)");

    ImportReport meta = load("ghost-has-meta.xml");
    assertThat(meta.text()).contains("post type \"enmse_message\"");

    ImportReport drafts = load("importer-test-serialized-postmeta-with-cdata.xml");
    assertThat(drafts.count("posts", "imported")).isEqualTo(1);

    ImportReport noSlug = load("ghost-sample-no-slug.xml");
    assertThat(noSlug.text()).contains("repaired 10 stray &");
    assertThat(count("SELECT COUNT(*) FROM articles WHERE slug = '' OR slug = 'untitled'"))
        .isZero();
  }

  @Test
  void namespacesAreKnownByAddressNotPrefix() throws Exception {
    load("importer-namespace-edge-cases.xml");
    List<String> authors =
        database
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT name FROM authors").mapTo(String.class).list());
    assertThat(authors).contains("real_user").doesNotContain("fake_ns_user", "custom_user");
    // Five items use the real namespace; the sixth binds wp: to a hijacker's address.
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE headline LIKE 'Hijacked%'")).isZero();
  }

  @Test
  void everyWellFormedExportOfTheCorpusImports() throws Exception {
    Corpus.file("SOURCES.md");
    List<String> refused =
        List.of(
            "importer-crazy-cdata.xml",
            "importer-malformed-simple.xml",
            "importer-malformed.xml",
            "importer-invalid-version-tag.xml");
    try (var files = Files.list(Corpus.FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        String name = file.getFileName().toString();
        try (Database fresh = TestStore.open(temp.resolve("each-" + name))) {
          try {
            WxrImport.forStore(fresh, new ChangeLog(fresh, "test")).run(file, share -> {});
            assertThat(refused).as(name + " should have been refused").doesNotContain(name);
          } catch (WxrException e) {
            assertThat(refused).as(name + ": " + e.getMessage()).contains(name);
          }
        }
      }
    }
  }

  /**
   * Attachments that come after the posts naming them, as WordPress often writes them: the first
   * pass learns them all before the second writes any post.
   */
  @Test
  void postsGetFeaturedImagesGalleriesAndAltTextsFromAttachmentsFurtherOn() throws Exception {
    Path file = temp.resolve("late.xml");
    Files.writeString(file, lateExport());

    ImportReport report =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(report.count("posts", "imported")).isEqualTo(LATE_POSTS);
    assertThat(report.count("media", "imported")).isEqualTo(2 * LATE_POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_url LIKE '%/cover-%'"))
        .isEqualTo(LATE_POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_alt LIKE 'The cover of post %'"))
        .isEqualTo(LATE_POSTS);
    // The gallery shows both of the post's pictures, the inline picture its attachment's alt text.
    assertThat(
            count(
                "SELECT COUNT(*) FROM articles WHERE body_html LIKE '%class=\"gallery\"%'"
                    + " AND body_html LIKE '%/cover-%' AND body_html LIKE '%/inside-%'"))
        .isEqualTo(LATE_POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%alt=\"Inside %'"))
        .isEqualTo(LATE_POSTS);
  }

  /**
   * A store written before fingerprints had versions holds the SHA-256 of each item's record text:
   * re-importing the same export into it changes nothing, and writes the fingerprints anew.
   */
  @Test
  void fingerprintsOfTheUnversionedKindStillMatchAndAreWrittenAnew() throws Exception {
    Path file = temp.resolve("late.xml");
    Files.writeString(file, lateExport());
    WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});
    Map<String, String> version0 = new HashMap<>();
    try (var in = Files.newInputStream(file)) {
      WxrReader.read(
          in,
          new Wxr.Handler() {
            @Override
            public void item(Wxr.Item item) {
              version0.put(item.postId(), Fingerprint.version0(item));
            }
          });
    }
    database
        .jdbi()
        .useHandle(
            h ->
                version0.forEach(
                    (id, print) ->
                        h.execute(
                            "UPDATE wordpress_items SET fingerprint = ? WHERE wp_key = ?",
                            print,
                            id)));
    assertThat(count("SELECT COUNT(*) FROM wordpress_items WHERE fingerprint LIKE 'v1:%'"))
        .isZero();

    ImportReport again =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(again.changedAnything()).isFalse();
    assertThat(again.count("posts", "unchanged")).isEqualTo(LATE_POSTS);
    assertThat(again.count("media", "unchanged")).isEqualTo(2 * LATE_POSTS);
    assertThat(count("SELECT COUNT(*) FROM wordpress_items WHERE fingerprint LIKE 'v1:%'"))
        .isEqualTo(3 * LATE_POSTS);
    StoreSnapshot upgraded = StoreSnapshot.of(database);

    ImportReport third =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(third.changedAnything()).isFalse();
    assertThat(third.count("posts", "unchanged")).isEqualTo(LATE_POSTS);
    assertThat(StoreSnapshot.of(database)).isEqualTo(upgraded);
  }

  /** Every post first, then every attachment: two for each post, its cover and an inside view. */
  private static String lateExport() {
    StringBuilder xml =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
              xmlns:content="http://purl.org/rss/1.0/modules/content/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><title>Late Gazette</title><link>https://late.example</link>
            <wp:wxr_version>1.2</wp:wxr_version>
            """);
    for (int i = 1; i <= LATE_POSTS; i++) {
      int cover = 100_000 + 2 * i;
      xml.append(
          """
          <item><title>Post %d</title><dc:creator>editor</dc:creator>
          <content:encoded><![CDATA[The harbour at dawn.

          <img class="wp-image-%d" src="https://late.example/inside-%d.jpg">

          [gallery]]]></content:encoded>
          <wp:post_id>%d</wp:post_id><wp:post_date>2025-03-01 09:00:00</wp:post_date>
          <wp:post_name>post-%d</wp:post_name><wp:status>publish</wp:status>
          <wp:post_type>post</wp:post_type>
          <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta>
          </item>
          """
              .formatted(i, cover + 1, i, i, i, cover));
    }
    for (int i = 1; i <= LATE_POSTS; i++) {
      int cover = 100_000 + 2 * i;
      xml.append(attachment(cover, i, "cover", "The cover of post " + i));
      xml.append(attachment(cover + 1, i, "inside", "Inside " + i));
    }
    return xml.append("</channel></rss>\n").toString();
  }

  private static String attachment(int id, int parent, String name, String alt) {
    return """
        <item><title>%s %d</title><wp:post_id>%d</wp:post_id><wp:post_parent>%d</wp:post_parent>
        <wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
        <wp:attachment_url>https://late.example/%s-%d.jpg</wp:attachment_url>
        <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>%s</wp:meta_value></wp:postmeta>
        </item>
        """
        .formatted(name, parent, id, parent, name, parent, alt);
  }
}
