package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.Observability;
import broadsheet.metrics.Scrape;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The node's metrics count what its newsroom publishes and imports: a publish and an import through
 * the real newsroom each move their counter by one (and the change feed's head with them).
 */
class PublishAndImportCountsTest {
  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(Fixtures::smallPaper)
          .configured(c -> c.withObservability(new Observability(0, null, false)));

  private static final String PUBLISHED = "broadsheet_articles_published_total";
  private static final String IMPORTS = "broadsheet_imports_total";
  private static final String HEAD = "broadsheet_change_feed_head";

  @Test
  void aPublishAndAnImportAreCounted() {
    Staff editor = Staff.signedIn(site, "counted-editor@test.example", "editor");
    Scrape before = scrape();
    HttpResponse<String> created =
        editor.post(
            "/admin/articles",
            Map.of(
                "headline", "Counted story",
                "standfirst", "A sentence.",
                "body", "Text of the counted story.",
                "section", "2"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String id =
        created.headers().firstValue("Location").orElseThrow().replaceAll("^.*/([0-9]+).*$", "$1");
    assertThat(editor.post("/admin/articles/" + id + "/status", Map.of("to", "published")))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(303);
    Scrape published = scrape();
    assertThat(published.value(PUBLISHED) - before.value(PUBLISHED)).isEqualTo(1);
    assertThat(published.value(IMPORTS)).isEqualTo(before.value(IMPORTS));
    assertThat(published.value(HEAD)).isGreaterThan(before.value(HEAD));

    Staff admin = Staff.signedIn(site, "counted-importer@test.example", "admin");
    admin.get("/admin/import");
    HttpResponse<String> done =
        Multipart.post(
            site,
            admin,
            "/admin/import",
            Map.of("_csrf", admin.csrf()),
            "wxr",
            "export.xml",
            "text/xml",
            SeveralNodesTest.EXPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    Scrape imported = scrape();
    assertThat(imported.value(IMPORTS) - published.value(IMPORTS)).isEqualTo(1);
    assertThat(imported.value(PUBLISHED)).isEqualTo(published.value(PUBLISHED));
  }

  private static Scrape scrape() {
    return Scrape.of(site.app().metricsPort());
  }
}
