package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pinned related articles and the tags screen. */
class DeskExtrasTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void pinnedRelatedArticlesComeFirstOnThePage() {
    Staff editor = Staff.signedIn(site, "pinner@test.example", "editor");
    long id = WorkflowTest.write(editor, "Tram fares frozen");
    WorkflowTest.move(editor, id, "published");
    Map<String, String> form = WorkflowTest.article("Tram fares frozen");
    form.put("pinned", "/world/world-story-20, /harbour/ferry-timetable");
    form.put("authors", "");
    assertThat(editor.post("/admin/articles/" + id, form).statusCode()).isEqualTo(303);
    var related =
        Jsoup.parse(site.get("/city/tram-fares-frozen").body())
            .select("#related a")
            .eachAttr("href");
    assertThat(related).hasSize(3).startsWith("/world/world-story-20", "/harbour/ferry-timetable");
    assertThat(editor.get("/admin/articles/" + id).body())
        .contains("/world/world-story-20, /harbour/ferry-timetable");

    form.put("pinned", "/city/secret-draft");
    var refused = editor.post("/admin/articles/" + id, form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("No published article at");

    // A pinned piece withdrawn later is passed over, and the list still fills to three.
    long pinnedId =
        site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM articles WHERE slug = 'world-story-20'")
                        .mapTo(Long.class)
                        .one());
    assertThat(WorkflowTest.move(editor, pinnedId, "unpublished")).isEqualTo(303);
    var after =
        Jsoup.parse(site.get("/city/tram-fares-frozen").body())
            .select("#related a")
            .eachAttr("href");
    assertThat(after)
        .hasSize(3)
        .startsWith("/harbour/ferry-timetable")
        .doesNotContain("/world/world-story-20");
  }

  @Test
  void everyNewsroomScreenIsValidHtml() {
    Staff admin = Staff.signedIn(site, "valid-admin@test.example", "admin");
    long id = WorkflowTest.write(admin, "Validated story");
    for (String path :
        java.util.List.of(
            "/admin/articles",
            "/admin/articles/new",
            "/admin/articles/" + id,
            "/admin/articles/" + id + "/history",
            "/admin/sections",
            "/admin/tags",
            "/admin/pages",
            "/admin/pages/about",
            "/admin/pages/new",
            "/admin/accounts",
            "/admin/media",
            "/admin/password",
            "/admin/articles?status=draft&q=valid")) {
      var response = admin.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(HtmlChecker.errors(response.body())).as(path).isEmpty();
    }
    assertThat(admin.get("/admin/accounts").body()).contains("href=\"/author/valid-admin\"");
  }

  @Test
  void renamingATagKeepsItsAddressAndRefreshesItsPages() {
    Staff editor = Staff.signedIn(site, "tagger@test.example", "editor");
    var page = editor.get("/admin/tags");
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    assertThat(site.get("/world/world-story-1").body()).contains(">Diplomacy<");
    String action =
        Jsoup.parse(page.body()).select("form[action^=/admin/tags/]").stream()
            .filter(f -> f.selectFirst("input[name=name]").val().equals("Diplomacy"))
            .findFirst()
            .orElseThrow()
            .attr("action");
    assertThat(editor.post(action, Map.of("name", "Foreign affairs")).statusCode()).isEqualTo(303);
    assertThat(site.get("/tag/diplomacy").body()).contains("<h1>Foreign affairs</h1>");
    assertThat(site.get("/world/world-story-1").body()).contains(">Foreign affairs<");
    Staff author = Staff.signedIn(site, "not-an-editor@test.example", "author");
    assertThat(author.post(action, Map.of("name", "Hijacked")).statusCode()).isEqualTo(403);
  }

  @Test
  void aStaticPageCanBeKeptAsADraftUntilItIsPublished() {
    Staff editor = Staff.signedIn(site, "page-editor@test.example", "editor");
    var draft =
        editor.post(
            "/admin/pages",
            Map.of(
                "new", "1", "slug", "advertise", "title", "Advertise with us", "body", "Rates."));
    assertThat(draft.statusCode()).isEqualTo(303);
    assertThat(site.get("/page/advertise").statusCode()).isEqualTo(404);
    assertThat(editor.get("/admin/pages").body()).contains("Advertise with us</a> (draft)");
    assertThat(site.get("/sitemap.xml").body()).doesNotContain("/page/advertise");

    var live =
        editor.post(
            "/admin/pages",
            Map.of(
                "slug",
                "advertise",
                "title",
                "Advertise with us",
                "body",
                "Rates.",
                "published",
                "1"));
    assertThat(live.statusCode()).isEqualTo(303);
    assertThat(site.get("/page/advertise").statusCode()).isEqualTo(200);
    assertThat(editor.get("/admin/pages/advertise").body()).contains("checked");
  }

  /**
   * The account form takes a name as long as the columns hold (250 characters, as WordPress's
   * display names, emoji counted as one) and refuses a longer one at its field, on both stores.
   */
  @Test
  void theAccountFormTakesNamesUpToTheColumnsLimit() {
    Staff admin = Staff.signedIn(site, "limits-admin@test.example", "admin");
    String name = "Ada " + "Quill".repeat(49) + "😀";

    var tooLong =
        admin.post(
            "/admin/accounts",
            Map.of("email", "too-long@test.example", "name", name + "!", "role", "author"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(tooLong.body()).select("#e-name").text())
        .isEqualTo("Enter a name of up to 250 characters.");
    assertThat(admin.get("/admin/accounts").body()).doesNotContain("too-long@test.example");

    var whole =
        admin.post(
            "/admin/accounts",
            Map.of("email", "whole@test.example", "name", name, "role", "author"));
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
    assertThat(admin.get("/admin/accounts").body()).contains("whole@test.example").contains(name);
  }
}
