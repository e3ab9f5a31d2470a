package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Corpora;
import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An admin imports a WordPress export from the newsroom; the site follows at once. */
class NewsroomImportTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static HttpResponse<String> upload(Staff staff, String csrf, byte[] file) {
    return Multipart.post(
        site, staff, "/admin/import", Map.of("_csrf", csrf), "wxr", "export.xml", "text/xml", file);
  }

  private int articles() {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Integer.class).one());
  }

  @Test
  void anAdminImportsAndTheSiteFollows() throws Exception {
    Path export = Corpora.file("wxr/importer-small-export.xml");
    Staff admin = Staff.signedIn(site, "importer@test.example", "admin");
    HttpResponse<String> form = admin.get("/admin/import");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(HtmlChecker.errors(form.body())).isEmpty();

    // Cached before the import; the import must not leave it stale.
    assertThat(site.get("/search?q=wordpress").statusCode()).isEqualTo(200);
    int before = articles();

    HttpResponse<String> done = upload(admin, admin.csrf(), Files.readAllBytes(export));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(done.body()).contains("Imported.").contains("posts");
    assertThat(HtmlChecker.errors(done.body())).isEmpty();
    assertThat(articles()).isGreaterThan(before);

    HttpResponse<String> moved = site.get("/?p=1");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(site.get(moved.headers().firstValue("Location").orElseThrow()).statusCode())
        .isEqualTo(200);
    assertThat(site.get("/search?q=hello+world").body()).contains("Hello world");
  }

  @Test
  void aBrokenFileChangesNothingAndSaysWhy() {
    Staff admin = Staff.signedIn(site, "careful-importer@test.example", "admin");
    int before = articles();
    HttpResponse<String> refused =
        upload(
            admin,
            admin.csrf(),
            "<?xml version=\"1.0\"?><rss><channel><item><title>Half"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Nothing was imported").contains("truncated");
    assertThat(articles()).isEqualTo(before);

    HttpResponse<String> empty = upload(admin, admin.csrf(), new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAdminsMayImportAndNeverWithoutTheFormsToken() {
    Staff editor = Staff.signedIn(site, "desk-editor@test.example", "editor");
    assertThat(editor.get("/admin/import").statusCode()).isEqualTo(403);
    byte[] file = "<rss/>".getBytes(StandardCharsets.UTF_8);
    assertThat(upload(editor, editor.csrf(), file).statusCode()).isEqualTo(403);

    Staff admin = Staff.signedIn(site, "hasty-admin@test.example", "admin");
    int before = articles();
    assertThat(upload(admin, "not-the-token", file).statusCode()).isEqualTo(403);
    assertThat(articles()).isEqualTo(before);
    assertThat(upload(Staff.anonymous(site), "", file).statusCode()).isEqualTo(403);
  }

  @Test
  void anExportOverTheUploadLimitIsRefusedWithoutAFailure() {
    Staff admin = Staff.signedIn(site, "big-importer@test.example", "admin");
    long fileBytes = ImportRoutes.MAX_BYTES + 1024 * 1024;
    InputStream huge =
        new InputStream() {
          long left = fileBytes;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    int before = articles();
    HttpResponse<String> refused =
        Multipart.post(
            site,
            admin,
            "/admin/import",
            Map.of("_csrf", admin.csrf()),
            "wxr",
            "big.xml",
            "text/xml",
            huge);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("too large");
    assertThat(articles()).isEqualTo(before);
  }
}
