package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sections, tags and static pages through the Admin API, with the newsroom's checks and roles. */
class AdminApiDeskTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  static final String BASE = "/api/admin/v1";

  @Test
  void everyWriterListsSectionsAndTagsButOnlyEditorsChangeThem() {
    AdminClient contributor = AdminClient.of(site, "desk-contrib@test.example", "contributor");
    HttpResponse<String> sections = contributor.get(BASE + "/sections");
    assertThat(sections.statusCode()).isEqualTo(200);
    assertThat(AdminClient.json(sections))
        .extracting(s -> s.get("slug").asText())
        .contains("world", "city", "harbour");
    assertThat(AdminClient.json(contributor.get(BASE + "/tags")))
        .extracting(t -> t.get("name").asText())
        .contains("Trams");
    String section = "{\"slug\": \"sport\", \"name\": \"Sport\"}";
    assertThat(contributor.post(BASE + "/sections", section).statusCode()).isEqualTo(403);
    assertThat(contributor.get(BASE + "/pages").statusCode()).isEqualTo(403);
    assertThat(site.get("/sport").statusCode()).isEqualTo(404);

    AdminClient editor = AdminClient.of(site, "desk-editor@test.example", "editor");
    HttpResponse<String> added = editor.post(BASE + "/sections", section);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(AdminClient.json(added).get("url").asText()).endsWith("/sport");
    assertThat(site.get("/sport").statusCode()).isEqualTo(200);

    HttpResponse<String> again = editor.post(BASE + "/sections", section);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(AdminClient.json(again).get("errors").get(0).get("field").asText())
        .isEqualTo("slug");
    HttpResponse<String> reserved =
        editor.post(BASE + "/sections", "{\"slug\": \"admin\", \"name\": \"Admin\"}");
    assertThat(reserved.statusCode()).isEqualTo(422);
    HttpResponse<String> noParent =
        editor.post(
            BASE + "/sections", "{\"slug\": \"rugby\", \"name\": \"Rugby\", \"parent_id\": 999}");
    assertThat(AdminClient.json(noParent).get("errors").get(0).get("field").asText())
        .isEqualTo("parent_id");
  }

  @Test
  void aTagIsRenamedEverywhere() {
    AdminClient editor = AdminClient.of(site, "desk-tags@test.example", "editor");
    JsonNode trams = null;
    for (JsonNode t : AdminClient.json(editor.get(BASE + "/tags"))) {
      if (t.get("name").asText().equals("Diplomacy")) {
        trams = t;
      }
    }
    assertThat(trams).isNotNull();
    String path = BASE + "/tags/" + trams.get("id").asLong();
    HttpResponse<String> renamed = editor.patch(path, "{\"name\": \"Foreign affairs\"}", null);
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(site.get("/world/world-story-1").body()).contains("Foreign affairs");
    assertThat(editor.patch(path, "{\"name\": \"\"}", null).statusCode()).isEqualTo(422);
    assertThat(editor.patch(BASE + "/tags/999999", "{\"name\": \"X\"}", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aStaticPageIsCreatedAndReplaced() {
    AdminClient editor = AdminClient.of(site, "desk-pages@test.example", "editor");
    String path = BASE + "/pages/corrections-policy";
    HttpResponse<String> created =
        editor.send(
            "PUT",
            path,
            "{\"title\": \"Corrections policy\", \"body\": \"We correct **promptly**.\","
                + " \"published\": true}",
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(site.get("/page/corrections-policy").body()).contains("<strong>promptly</strong>");
    HttpResponse<String> replaced =
        editor.send(
            "PUT",
            path,
            "{\"title\": \"Corrections policy\", \"body\": \"Withdrawn.\", \"published\": false}",
            null);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(site.get("/page/corrections-policy").statusCode()).isEqualTo(404);
    assertThat(AdminClient.json(editor.get(path)).get("body").asText()).isEqualTo("Withdrawn.");
    assertThat(editor.get(BASE + "/pages/no-such-page").statusCode()).isEqualTo(404);
    HttpResponse<String> noTitle = editor.send("PUT", path, "{\"body\": \"x\"}", null);
    assertThat(noTitle.statusCode()).isEqualTo(400);
    assertThat(AdminClient.json(noTitle).get("errors").get(0).get("field").asText())
        .isEqualTo("title");
  }
}
