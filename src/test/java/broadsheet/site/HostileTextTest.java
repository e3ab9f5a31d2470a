package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.changes.ChangeLog;
import broadsheet.content.CleanText;
import broadsheet.newsroom.Staff;
import broadsheet.store.Database;
import broadsheet.wordpress.WxrImport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text no field can escape from: headlines that try to end the JSON-LD script, and control
 * characters, which every entry refuses or strips and which no feed or sitemap fails on even when
 * one is already in the store.
 */
class HostileTextTest {
  private static final Map<String, String> HOSTILE =
      Map.of(
          "script-end", "</script><script>alert(1)</script>",
          "comment-open", "<!--<script>",
          "cdata-end", "]]> & <b>bold</b> \u2028 \u2029 end");

  @RegisterExtension static final RunningSite site = RunningSite.with(HostileTextTest::seed);

  @TempDir Path temp;

  private static void seed(Database db) {
    Fixtures.smallPaper(db);
    Fixtures f = Fixtures.on(db);
    for (var e : HOSTILE.entrySet()) {
      f.article(e.getKey(), 1, e.getValue(), "A body.", 1, List.of("Hostile"), 1);
    }
    // Written straight into the store, as an older version or another tool could have.
    f.article(
        "control-char",
        3,
        "A control\u0001 character",
        "Harbour\u0002 dues were raised.",
        1,
        List.of("Ctl\u0003"),
        1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"script-end", "comment-open", "cdata-end"})
  void aHeadlineCannotEndOrChangeTheJsonLdScript(String slug) throws Exception {
    HttpResponse<String> response = site.get("/world/" + slug);
    assertThat(response.statusCode()).isEqualTo(200);
    String html = response.body();
    assertThat(HtmlChecker.errors(html)).isEmpty();
    Document doc = Jsoup.parse(html);
    // The page goes on past the script: its footer is there, and no script came from the headline.
    assertThat(doc.select("footer")).isNotEmpty();
    int scripts = Jsoup.parse(site.get("/world/world-story-2").body()).select("script").size();
    assertThat(doc.select("script")).hasSize(scripts);
    var ld = doc.select("script[type=application/ld+json]");
    assertThat(ld).hasSize(1);
    String json = ld.first().data();
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(new ObjectMapper().readTree(json).get("headline").asText())
        .isEqualTo(HOSTILE.get(slug));
    assertThat(doc.select("h1")).hasSize(1);
  }

  @Test
  void aStoredControlCharacterBreaksNoFeedOrSitemap() throws Exception {
    for (String path :
        List.of(
            "/feed.xml",
            "/atom.xml",
            "/harbour/feed.xml",
            "/harbour/atom.xml",
            "/news-sitemap.xml",
            "/sitemap.xml")) {
      String xml = wellFormed(path);
      if (!path.startsWith("/sitemap")) {
        assertThat(xml).as(path).contains("A control character");
      }
    }
  }

  @Test
  void aControlCharacterThroughTheFormIsRefusedAtItsField() {
    Staff editor = Staff.signedIn(site, "control-editor@test.example", "editor");
    Map<String, String> form = new HashMap<>();
    form.put("headline", "A headline with \u0001 in it");
    form.put("standfirst", "A sentence.");
    form.put("body", "A body.");
    form.put("section", "2");
    form.put("tags", "Trams");
    HttpResponse<String> refused = editor.post("/admin/articles", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("The field \"headline\" holds a control character");
    form.put("headline", "A headline");
    form.put("tags", "Tr\u001fams");
    assertThat(editor.post("/admin/articles", form).body()).contains("The field \"tags\"");
    // Tabs and line breaks belong in a body; nowhere else.
    form.put("tags", "Trams");
    form.put("body", "A body.\r\n\r\n\tIndented.");
    assertThat(editor.post("/admin/articles", form).statusCode()).isEqualTo(303);
    form.put("standfirst", "A\tsentence.");
    assertThat(editor.post("/admin/articles", form).statusCode()).isEqualTo(400);
  }

  @Test
  void anImportedPostWithControlCharactersImportsClean() throws Exception {
    Path file = temp.resolve("control.xml");
    Files.writeString(
        file,
        "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n"
            + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
            + "<title>Controls</title><wp:wxr_version>1.2</wp:wxr_version>\n"
            + "<item><title>Imported&#x1; with&#x8; controls</title>"
            + "<wp:post_id>9101</wp:post_id><wp:post_type>post</wp:post_type>"
            + "<wp:status>publish</wp:status><wp:post_name>imported-controls</wp:post_name>"
            + "<category domain=\"post_tag\" nicename=\"ctl\">Ctl&#x2;tag</category>"
            + "<content:encoded>Para&#x1b;graph one.\n\nParagraph&#x7; two.</content:encoded>"
            + "</item>\n</channel>\n</rss>\n",
        StandardCharsets.UTF_8);
    Database db = site.app().database();
    WxrImport.forStore(db, new ChangeLog(db, "test")).run(file, share -> {});
    var row =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT headline, body_markdown, body_html FROM articles"
                                + " WHERE slug = 'imported-controls'")
                        .mapToMap()
                        .one());
    for (Object value : row.values()) {
      assertThat(CleanText.firstForbidden((String) value, true)).as((String) value).isEqualTo(-1);
    }
    assertThat(row.get("headline")).isEqualTo("Imported with controls");
    long deadline = System.currentTimeMillis() + 5_000;
    while (!site.get("/feed.xml").body().contains("Imported with controls")
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    for (String path : List.of("/feed.xml", "/atom.xml", "/news-sitemap.xml")) {
      assertThat(wellFormed(path)).as(path).contains("imported-controls");
    }
  }

  @Test
  void cleanTextKeepsWhatEachKindOfTextMayHold() {
    assertThat(CleanText.line("a\u0000b\tc\nd\u001fe\uD800f\uD83D\uDE00"))
        .isEqualTo("abcdef\uD83D\uDE00");
    assertThat(CleanText.text("a\u0000b\tc\r\nd\uDC00")).isEqualTo("ab\tc\r\nd");
    assertThat(CleanText.output("a\uFFFEb\u0001\tc")).isEqualTo("ab\tc");
    assertThat(CleanText.firstForbidden("ok\u0007", false)).isEqualTo(2);
    assertThat(CleanText.firstForbidden("ok\n", true)).isEqualTo(-1);
  }

  private static String wellFormed(String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    return response.body();
  }
}
