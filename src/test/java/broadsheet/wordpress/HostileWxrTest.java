package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.changes.ChangeLog;
import broadsheet.content.SettingsRepository;
import broadsheet.demo.DemoPaper;
import broadsheet.store.Database;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile exports fail with one clear line and leave the store as it was. */
class HostileWxrTest {
  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\""
          + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
          + "<title>Hostile</title><wp:wxr_version>1.2</wp:wxr_version>\n";
  private static final String ITEM =
      "<item><title>A post</title><wp:post_id>9001</wp:post_id><wp:post_type>post</wp:post_type>"
          + "<wp:status>publish</wp:status><wp:post_name>a-post</wp:post_name>"
          + "<content:encoded><![CDATA[Hello.]]></content:encoded></item>\n";
  private static final String TAIL = "</channel>\n</rss>\n";

  /** Exports written here, so that these tests need no corpus and never skip. */
  @TempDir static Path exports;

  /** The test paper's export, which seeds the store. */
  static Path small;

  /** The demo paper's export: larger, and different from what the store holds. */
  static Path demo;

  @TempDir Path temp;
  Database database;
  StoreSnapshot before;

  @BeforeAll
  static void writeExports() throws Exception {
    small = export("small", Fixtures::smallPaper);
    demo = export("demo", db -> DemoPaper.seed(db, Instant.now()));
  }

  private static Path export(String name, Consumer<Database> paper) throws Exception {
    Path file = exports.resolve(name + ".xml");
    try (Database db = TestStore.open(exports.resolve(name))) {
      paper.accept(db);
      var site = new SettingsRepository(db).load("https://" + name + ".example");
      new WxrExport(db, WxrImport.Repositories.of(db), site).write(file);
    }
    return file;
  }

  @BeforeEach
  void seed() throws Exception {
    database = TestStore.open(temp.resolve("data"));
    // A store with content in it, so "unchanged" means something.
    WxrImport.forStore(database, new ChangeLog(database, "test")).run(small, share -> {});
    before = StoreSnapshot.of(database);
    assertThat(before.rows().get("articles")).isGreaterThan(0);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private String refused(String xml) throws Exception {
    Path file = temp.resolve("hostile.xml");
    Files.writeString(file, xml);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                WxrImport.forStore(database, new ChangeLog(database, "test"))
                    .run(file, share -> {}));
    assertThat(thrown).isInstanceOf(WxrException.class);
    assertThat(thrown.getMessage()).doesNotContain("\n");
    assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    return thrown.getMessage();
  }

  @Test
  void anExternalEntityIsRefusedUnread() throws Exception {
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "the password is swordfish");
    String message =
        refused(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + HEAD.substring(HEAD.indexOf("<rss"))
                + ITEM.replace("Hello.", "]]>&xxe;<![CDATA[")
                + TAIL);
    assertThat(message).contains("DTD").doesNotContain("swordfish");
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>\n");
    String message =
        refused(
            "<?xml version=\"1.0\"?>\n"
                + dtd
                + HEAD.substring(HEAD.indexOf("<rss"))
                + "<item><title>&lol9;</title></item>"
                + TAIL);
    assertThat(message).contains("DTD");
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    String whole = Files.readString(demo);
    String message = refused(whole.substring(0, whole.length() / 2));
    assertThat(message).containsAnyOf("truncated", "line");
  }

  @Test
  void aWrongRootOrNoXmlAtAllIsRefused() throws Exception {
    assertThat(refused("<?xml version=\"1.0\"?><feed><entry/></feed>"))
        .contains("root element is <feed>");
    assertThat(refused("This is a letter to the editor, not an export."))
        .contains("not well-formed XML");
    assertThat(refused("")).isNotBlank();
  }

  @Test
  void theCorpusFilesThatAreNotXmlAreRefused() throws Exception {
    for (String name :
        new String[] {
          "importer-crazy-cdata.xml", "importer-malformed-simple.xml", "importer-malformed.xml"
        }) {
      String xml = Files.readString(Corpus.file(name));
      assertThat(refused(xml)).as(name).containsAnyOf("line", "truncated");
    }
  }

  @Test
  void aTwoGigabyteTextNodeIsRefusedWithoutReadingItAll() throws Exception {
    long twoGigabytes = 2L * 1024 * 1024 * 1024;
    AtomicInteger opened = new AtomicInteger();
    long[] read = new long[1];
    WxrImport.Source source =
        () -> {
          opened.incrementAndGet();
          InputStream head =
              new ByteArrayInputStream(
                  (HEAD + "<item><content:encoded>").getBytes(StandardCharsets.UTF_8));
          InputStream endless =
              new InputStream() {
                long left = twoGigabytes;

                @Override
                public int read() {
                  return left-- > 0 ? 'a' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                  if (left <= 0) {
                    return -1;
                  }
                  int n = (int) Math.min(len, left);
                  Arrays.fill(b, off, off + n, (byte) 'a');
                  left -= n;
                  read[0] += n;
                  return n;
                }
              };
          return new SequenceInputStream(head, endless);
        };
    assertThatThrownBy(
            () ->
                WxrImport.forStore(database, new ChangeLog(database, "test"))
                    .run(source, twoGigabytes, share -> {}))
        .isInstanceOf(WxrException.class)
        .hasMessageContaining("MB of text");
    assertThat(read[0]).isLessThan(256L * 1024 * 1024);
    assertThat(opened.get()).isEqualTo(1);
    assertThat(StoreSnapshot.of(database)).isEqualTo(before);
  }

  @Test
  void aFailureWhileWritingRollsEverythingBack() throws Exception {
    // The first pass reads a whole file; the second meets a truncated one after writing posts.
    String whole = Files.readString(demo);
    byte[] full = whole.getBytes(StandardCharsets.UTF_8);
    byte[] cut = whole.substring(0, whole.length() * 3 / 4).getBytes(StandardCharsets.UTF_8);
    AtomicInteger opened = new AtomicInteger();
    WxrImport.Source source =
        () -> new ByteArrayInputStream(opened.getAndIncrement() == 0 ? full : cut);

    assertThatThrownBy(
            () ->
                WxrImport.forStore(database, new ChangeLog(database, "test"))
                    .run(source, full.length, share -> {}))
        .isInstanceOf(WxrException.class);
    assertThat(opened.get()).isEqualTo(2);
    assertThat(StoreSnapshot.of(database)).isEqualTo(before);
  }

  @Test
  void scriptInAnExportNeverReachesAPage() throws Exception {
    Path file = temp.resolve("script.xml");
    Files.writeString(
        file,
        HEAD
            + "<item><title>Bad picture</title><wp:post_id>77</wp:post_id>"
            + "<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
            + "<wp:attachment_url>javascript:alert(1)</wp:attachment_url></item>\n"
            + "<item><title><![CDATA[<script>alert(2)</script>Headline]]></title>"
            + "<wp:post_id>78</wp:post_id><wp:post_type>post</wp:post_type>"
            + "<wp:status>publish</wp:status><wp:post_name>scripted</wp:post_name>"
            + "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
            + "<wp:meta_value>77</wp:meta_value></wp:postmeta>"
            + "<content:encoded><![CDATA[<p onclick=\"alert(3)\">Text</p><script>alert(4)</script>"
            + "<a href=\"javascript:alert(5)\">link</a>]]></content:encoded></item>\n"
            + TAIL);
    ImportReport report =
        WxrImport.forStore(database, new ChangeLog(database, "test")).run(file, share -> {});
    assertThat(report.count("media", "skipped")).isEqualTo(1);
    var row =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT headline, body_html, image_url FROM articles"
                                + " WHERE slug = 'scripted'")
                        .mapToMap()
                        .one());
    assertThat(row.get("headline")).isEqualTo("Headline");
    assertThat((String) row.get("body_html"))
        .doesNotContain("script")
        .doesNotContain("onclick")
        .doesNotContain("javascript")
        .contains("Text");
    assertThat(row.get("image_url")).isNull();
  }
}
