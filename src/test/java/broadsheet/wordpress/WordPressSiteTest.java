package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.changes.ChangeLog;
import broadsheet.store.Database;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An imported WordPress site served by Broadsheet: old addresses redirect, pages are valid. */
class WordPressSiteTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(WordPressSiteTest::imported);

  private static void imported(Database database) {
    var classic = Corpus.file("themeunittestdata.wordpress.xml");
    var blocks = Corpus.file("64-block-test-data.xml");
    try {
      WxrImport.forStore(database, new ChangeLog(database, "test")).run(classic, share -> {});
      WxrImport.forStore(database, new ChangeLog(database, "test")).run(blocks, share -> {});
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void movedTo(String oldAddress, String newPath) {
    HttpResponse<String> response = site.get(oldAddress);
    assertThat(response.statusCode()).as(oldAddress).isEqualTo(301);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .as(oldAddress)
        .isEqualTo(newPath);
    assertThat(site.get(newPath).statusCode()).as(newPath).isEqualTo(200);
  }

  @Test
  void everyPermalinkFormAnswers301ToTheCanonicalAddress() {
    String article = "/6-1/theme-block-category";
    movedTo("/?p=51", article);
    movedTo("/wp-6-1-theme-block-category/", article);
    movedTo("/2023/01/13/theme-block-category/", article);
    movedTo("/2023/01/13/theme-block-category", article);
    movedTo("/2023/01/theme-block-category/", article);
    movedTo("/theme-block-category/", article);
    movedTo("/archives/51", article);
    movedTo("/?page_id=2", "/page/about");
    movedTo("/about/", "/page/about");
    movedTo("/category/block/", "/block");
    movedTo("/category/parent/child-1/child-2/", "/child-2");
    movedTo("/tag/alignment-2/", "/tag/alignment-2");
    movedTo("/feed/", "/feed.xml");
    movedTo("/category/block/feed/", "/block/feed.xml");
    HttpResponse<String> author = site.get("/author/themedemos/");
    assertThat(author.statusCode()).isEqualTo(301);
    assertThat(author.headers().firstValue("Location").orElseThrow()).startsWith("/author/");
  }

  @Test
  void oldAddressesOfUnpublishedOrUnknownContentAre404() {
    assertThat(site.get("/?p=1153").statusCode()).isEqualTo(404); // scheduled in WordPress
    assertThat(site.get("/?p=99999999").statusCode()).isEqualTo(404);
    assertThat(site.get("/2001/01/01/never-written").statusCode()).isEqualTo(404);
    assertThat(site.get("/?p=%3Cscript%3E").statusCode()).isEqualTo(404);
  }

  @Test
  void everyImportedPageIsValidHtml() {
    List<String> paths =
        site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT '/' || s.slug || '/' || a.slug FROM articles a"
                                + " JOIN sections s ON s.id = a.section_id"
                                + " WHERE a.status = 'published'"
                                + " UNION ALL SELECT '/page/' || slug FROM pages"
                                + " WHERE status = 'published'")
                        .mapTo(String.class)
                        .list());
    assertThat(paths).hasSizeGreaterThan(130);
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> page = site.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      HtmlChecker.errors(page.body()).forEach(e -> problems.add(path + " " + e));
    }
    assertThat(problems).isEmpty();
  }
}
