package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.store.Database;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text already in the store with characters no page may hold (written by an older version, or
 * straight into the database by SQL) renders without them: every page that shows it passes the Nu
 * checker, every feed and sitemap is well-formed.
 */
class StoredControlCharactersTest {
  /** C0 and C1 controls, DEL, noncharacters (U+FDD0, U+FFFE, U+1FFFF): none is text. */
  private static final String NOT_TEXT =
      "\u0001\u0008\u000b\u001b\u007f\u0085\u009f\ufdd0\ufffe\ud83f\udfff";

  @RegisterExtension
  static final RunningSite site = RunningSite.with(StoredControlCharactersTest::seed);

  private static void seed(Database db) {
    Fixtures f = Fixtures.on(db).settings("The Test Courier", "A paper for tests");
    long harbour = f.section("harbour", "Harbour", null);
    long ada = f.author("ada-quill", "Ada Quill");
    long id =
        f.article("dues", harbour, "Harbour dues", "Dues were raised.", ada, List.of("Dues"), 1);
    f.correction(id, "An earlier version gave the wrong sum.");
    db.jdbi()
        .useHandle(
            h -> {
              String bad = NOT_TEXT;
              h.createUpdate(
                      "UPDATE articles SET headline = :h, standfirst = :s, body_html = :b,"
                          + " body_markdown = :m, seo_title = :h, seo_description = :s"
                          + " WHERE id = :id")
                  .bind("h", "Harbour" + bad + " dues")
                  .bind("s", "Dues" + bad + " were raised.")
                  .bind("b", "<p>Dues" + bad + " were raised.</p>")
                  .bind("m", "Dues" + bad + " were raised.")
                  .bind("id", id)
                  .execute();
              h.createUpdate("UPDATE sections SET name = :n, description = :n WHERE id = :id")
                  .bind("n", "Harbour" + bad)
                  .bind("id", harbour)
                  .execute();
              h.createUpdate("UPDATE authors SET name = :n WHERE id = :id")
                  .bind("n", "Ada" + bad + " Quill")
                  .bind("id", ada)
                  .execute();
              h.createUpdate("UPDATE tags SET name = :n").bind("n", "Dues" + bad).execute();
              h.createUpdate("UPDATE corrections SET body = :n")
                  .bind("n", "An earlier" + bad + " version.")
                  .execute();
            });
  }

  @Test
  void everyPageThatShowsItIsValidWithoutTheCharacters() {
    for (String path :
        List.of(
            "/harbour/dues", "/", "/harbour", "/tag/dues", "/author/ada-quill", "/search?q=dues")) {
      HttpResponse<String> page = site.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(HtmlChecker.errors(page.body())).as(path).isEmpty();
      assertThat(page.body())
          .as(path)
          .doesNotContainPattern("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f-\\x9f\\ufdd0\\ufffe]");
    }
    var article = Jsoup.parse(site.get("/harbour/dues").body());
    assertThat(article.selectFirst("h1").text()).isEqualTo("Harbour dues");
    assertThat(article.select("a[rel=author]").text()).isEqualTo("Ada Quill");
    assertThat(article.select(".corrections li").text()).contains("An earlier version.");
  }

  @Test
  void everyFeedAndSitemapIsWellFormedWithoutTheCharacters() throws Exception {
    for (String path :
        List.of(
            "/feed.xml",
            "/atom.xml",
            "/harbour/feed.xml",
            "/harbour/atom.xml",
            "/tag/dues/feed.xml",
            "/author/ada-quill/atom.xml",
            "/news-sitemap.xml",
            "/sitemap.xml")) {
      HttpResponse<String> feed = site.get(path);
      assertThat(feed.statusCode()).as(path).isEqualTo(200);
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
      assertThat(feed.body())
          .as(path)
          .doesNotContainPattern("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f-\\x9f\\ufdd0\\ufffe]");
      if (!path.startsWith("/sitemap")) {
        assertThat(feed.body()).as(path).contains("Harbour dues");
      }
    }
  }
}
