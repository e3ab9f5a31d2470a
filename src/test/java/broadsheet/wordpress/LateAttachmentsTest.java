package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments that come after the posts naming them, as WordPress often writes them: the first pass
 * learns them all before the second writes any post.
 */
class LateAttachmentsTest {
  private static final int POSTS = 1500;

  @TempDir Path temp;
  Database database;

  @BeforeEach
  void open() {
    database = Database.inDataDir(temp.resolve("data"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void postsGetFeaturedImagesGalleriesAndAltTextsFromAttachmentsFurtherOn() throws Exception {
    Path file = temp.resolve("late.xml");
    Files.writeString(file, export());

    ImportReport report = WxrImport.forStore(database).run(file, share -> {});

    assertThat(report.count("posts", "imported")).isEqualTo(POSTS);
    assertThat(report.count("media", "imported")).isEqualTo(2 * POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_url LIKE '%/cover-%'"))
        .isEqualTo(POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE image_alt LIKE 'The cover of post %'"))
        .isEqualTo(POSTS);
    // The gallery shows both of the post's pictures, the inline picture its attachment's alt text.
    assertThat(
            count(
                "SELECT COUNT(*) FROM articles WHERE body_html LIKE '%class=\"gallery\"%'"
                    + " AND body_html LIKE '%/cover-%' AND body_html LIKE '%/inside-%'"))
        .isEqualTo(POSTS);
    assertThat(count("SELECT COUNT(*) FROM articles WHERE body_html LIKE '%alt=\"Inside %'"))
        .isEqualTo(POSTS);
  }

  private int count(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  /** Every post first, then every attachment: two for each post, its cover and an inside view. */
  private static String export() {
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
    for (int i = 1; i <= POSTS; i++) {
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
    for (int i = 1; i <= POSTS; i++) {
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
