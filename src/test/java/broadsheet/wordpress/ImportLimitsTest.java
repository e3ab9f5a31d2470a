package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import broadsheet.changes.ChangeLog;
import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values longer than the schema's columns, from an export WordPress did not write: imported, cut to
 * the column and reported, the same on both stores (PostgreSQL refused the whole import before).
 */
class ImportLimitsTest {
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

  @Test
  void overLongKeysAndNamesAreCutAndReportedAndMatchedAgain() throws Exception {
    String site = "long.example/" + "a".repeat(400);
    String postId = "7".repeat(400);
    String login = "writer" + "w".repeat(400);
    String category = "Category " + "c".repeat(300);
    String tag = "Tag " + "t".repeat(300);
    Path file = temp.resolve("long.xml");
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Long values</title><link>https://%s</link>
        <wp:wxr_version>1.2</wp:wxr_version>
        <item><title>A post</title><dc:creator>%s</dc:creator>
        <content:encoded><![CDATA[Text.]]></content:encoded>
        <category domain="category" nicename="news"><![CDATA[%s]]></category>
        <category domain="post_tag" nicename="%s"><![CDATA[%s]]></category>
        <wp:post_id>%s</wp:post_id><wp:post_date>2025-03-01 09:00:00</wp:post_date>
        <wp:post_name>a-post</wp:post_name><wp:status>publish</wp:status>
        <wp:post_type>post</wp:post_type></item>
        </channel></rss>
        """
            .formatted(site, login, category, "topic-" + "t".repeat(600), tag, postId));

    ImportReport report =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(report.count("posts", "imported")).as(report.text()).isEqualTo(1);
    assertThat(report.count("authors", "imported")).isEqualTo(1);
    assertThat(text("SELECT name FROM sections WHERE slug = 'news'"))
        .isEqualTo(category.substring(0, 200));
    assertThat(text("SELECT name FROM tags")).isEqualTo(tag.substring(0, 200));
    assertThat(text("SELECT site FROM wordpress_items WHERE kind = 'article'"))
        .isEqualTo(site.substring(0, 300));
    assertThat(report.text())
        .contains("the site address longer than 300 characters was cut to 300")
        .contains("a category's name longer than 200 characters was cut to 200")
        .contains("a tag's name longer than 200 characters was cut to 200")
        .contains("a WordPress key longer than 300 characters is remembered by its first 300")
        .contains("an old address longer than 600 characters does not redirect");

    ImportReport again =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});

    assertThat(again.count("posts", "unchanged")).as(again.text()).isEqualTo(1);
    assertThat(again.changedAnything()).isFalse();
  }

  private String text(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }
}
