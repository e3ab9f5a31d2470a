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
 * An import repairs what it can prove (leaked emphasis, entities encoded twice), reports the rest
 * per rule with the posts named, only reports with --no-repair, and stays idempotent.
 */
class ImportRepairsTest {
  private static final String EXPORT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
      <channel><title>Old Gazette</title><link>https://oldgazette.example</link>
      <wp:wxr_version>1.2</wp:wxr_version>
      <item><title>Envoys meet again</title>
      <content:encoded><![CDATA[<p>It was not a proposal that **“automatically paves the way for peace.”**</p>
      <p>The envoy&amp;#8217;s team flew home.</p>]]></content:encoded>
      <excerpt:encoded xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><![CDATA[Talks resume.]]></excerpt:encoded>
      <wp:post_id>11</wp:post_id><wp:post_date>2025-03-01 09:00:00</wp:post_date>
      <wp:post_name>envoys-meet-again</wp:post_name><wp:status>publish</wp:status>
      <wp:post_type>post</wp:post_type></item>
      <item><title>Russias Economic Outlook</title>
      <content:encoded><![CDATA[Growth slows as sanctions on Russia bite.]]></content:encoded>
      <excerpt:encoded xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><![CDATA[Forecasts cut.]]></excerpt:encoded>
      <wp:post_id>12</wp:post_id><wp:post_date>2025-03-02 09:00:00</wp:post_date>
      <wp:post_name>outlook</wp:post_name><wp:status>publish</wp:status>
      <wp:post_type>post</wp:post_type></item>
      <item><title>Harbour crane</title><wp:post_id>20</wp:post_id>
      <wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
      <wp:attachment_url>https://oldgazette.example/wp-content/uploads/crane.jpg</wp:attachment_url>
      </item>
      <item><title>Port reopens</title>
      <content:encoded><![CDATA[Ships return to the harbour after a week.]]></content:encoded>
      <excerpt:encoded xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><![CDATA[Trade resumes.]]></excerpt:encoded>
      <wp:post_id>13</wp:post_id><wp:post_date>2025-03-03 09:00:00</wp:post_date>
      <wp:post_name>port-reopens</wp:post_name><wp:status>publish</wp:status>
      <wp:post_type>post</wp:post_type>
      <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>20</wp:meta_value></wp:postmeta>
      </item>
      </channel></rss>
      """;

  @TempDir Path temp;
  Database database;
  Path file;

  @BeforeEach
  void open() throws Exception {
    database = TestStore.open(temp.resolve("data"));
    file = Files.writeString(temp.resolve("export.xml"), EXPORT);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private ImportReport load(boolean repair) throws Exception {
    return WxrImport.forStore(database, new ChangeLog(database, "test"))
        .repairing(repair)
        .run(file, share -> {});
  }

  private String body(String slug, String column) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT " + column + " FROM articles WHERE slug = :s")
                    .bind("s", slug)
                    .mapTo(String.class)
                    .one());
  }

  /** The rules recorded for the article's row in the newsroom's list ("has findings"). */
  private java.util.List<String> recorded(String slug) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT f.rule FROM article_findings f JOIN articles a ON a.id ="
                            + " f.article_id WHERE a.slug = :s ORDER BY f.rule")
                    .bind("s", slug)
                    .mapTo(String.class)
                    .list());
  }

  @Test
  void leakedEmphasisAndDoubleEncodingAreRepairedAndTheRestReported() throws Exception {
    ImportReport report = load(true);
    String html = body("envoys-meet-again", "body_html");
    assertThat(html)
        .contains("<strong>“automatically paves the way for peace.”</strong>")
        .doesNotContain("**")
        .doesNotContain("&amp;#8217;");
    assertThat(body("envoys-meet-again", "body_markdown")).doesNotContain("**");
    assertThat(report.repaired("raw-markdown")).isEqualTo(1);
    assertThat(report.repaired("visible-markup")).isEqualTo(1);
    assertThat(report.found("lost-apostrophe")).isEqualTo(1);
    assertThat(report.text())
        .contains("repaired (raw-markdown): 1 post: “Envoys meet again” (post 11)")
        .contains("check (lost-apostrophe, not changed): 1 post: “Russias Economic Outlook”")
        .contains("check (missing-alt, not changed): 1 post: “Port reopens” (post 13)");
    // What remains is recorded for the newsroom's "has findings" filter, as a save would.
    assertThat(recorded("envoys-meet-again")).isEmpty();
    assertThat(recorded("outlook")).containsExactly("lost-apostrophe");
    assertThat(recorded("port-reopens")).containsExactly("missing-alt", "missing-credit");

    ImportReport again = load(true);
    assertThat(again.count("posts", "unchanged")).isEqualTo(3);
    assertThat(again.changedAnything()).isFalse();
  }

  @Test
  void noRepairOnlyReports() throws Exception {
    ImportReport report = load(false);
    assertThat(body("envoys-meet-again", "body_html")).contains("**“automatically");
    assertThat(report.repaired("raw-markdown")).isZero();
    assertThat(report.found("raw-markdown")).isEqualTo(1);
    assertThat(report.found("visible-markup")).isEqualTo(1);
    assertThat(report.text()).contains("check (raw-markdown, not changed): 1 post");
    assertThat(recorded("envoys-meet-again")).containsExactly("raw-markdown", "visible-markup");
  }
}
