package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editorial checks in the newsroom: findings next to their fields, a blocking one stops
 * publishing with the passage named, a warning overridden for one article is in its history, and
 * the list filters the articles with findings.
 */
class EditorialChecksTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static long draft(Staff staff, String headline, String body) {
    Map<String, String> form = WorkflowTest.article(headline);
    form.put("body", body);
    HttpResponse<String> created = staff.post("/admin/articles", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    return Long.parseLong(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
  }

  @Test
  void rawEmphasisIsShownNextToTheBodyAndStopsPublishingWithThePassageNamed() {
    Staff editor = Staff.signedIn(site, "checks-editor@test.example", "editor");
    long id =
        draft(
            editor,
            "Envoys meet again",
            "<p>It was not a proposal that **“automatically paves the way for peace.”**</p>");
    HttpResponse<String> page = editor.get("/admin/articles/" + id);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select("#c-body li.finding-blocking").text())
        .contains("**“automatically paves the way for peace.”**");
    assertThat(doc.select("#f-body").attr("aria-describedby")).isEqualTo("c-body");

    HttpResponse<String> refused =
        editor.post("/admin/articles/" + id + "/status", Map.of("to", "published"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.body()).select(".form-error").text())
        .contains("automatically paves the way for peace")
        .contains("raw-markdown");
    assertThat(editor.get("/admin/articles/" + id).body()).contains("status-draft");

    Map<String, String> fixed = WorkflowTest.article("Envoys meet again");
    fixed.put("authors", "1");
    fixed.put(
        "body",
        "<p>It was not a proposal that <strong>“automatically paves the way for peace.”</strong></p>");
    HttpResponse<String> saved = editor.post("/admin/articles/" + id, fixed);
    assertThat(saved.statusCode())
        .as(Jsoup.parse(saved.body()).select(".form-error, .field-error").text())
        .isEqualTo(303);
    HttpResponse<String> published =
        editor.post("/admin/articles/" + id + "/status", Map.of("to", "published"));
    assertThat(published.statusCode())
        .as(Jsoup.parse(published.body()).select(".form-error").text())
        .isEqualTo(303);
  }

  @Test
  void aPreviewShowsTheFindingsOfTheFormAsSent() {
    Staff editor = Staff.signedIn(site, "checks-preview@test.example", "editor");
    Map<String, String> form = WorkflowTest.article("Quay closes for repairs");
    form.put("standfirst", "Quay closes for repairs");
    form.put("action", "preview");
    HttpResponse<String> preview = editor.post("/admin/articles", form);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(
            Jsoup.parse(preview.body()).select("#c-standfirst li[data-rule]").eachAttr("data-rule"))
        .contains("standfirst-repeats-headline");
  }

  @Test
  void aWarningOverriddenForOneArticleIsInItsHistoryAndLeavesTheFindingsList() {
    Staff editor = Staff.signedIn(site, "checks-override@test.example", "editor");
    long id = draft(editor, "Ferry fares frozen", "He said \"not this year\" to the board.");
    String withFindings = editor.get("/admin/articles?findings=1").body();
    assertThat(Jsoup.parse(withFindings).select("td a").eachText()).contains("Ferry fares frozen");
    assertThat(Jsoup.parse(withFindings).select("#filter-findings").hasAttr("checked")).isTrue();

    Staff writer = Staff.signedIn(site, "checks-writer@test.example", "author");
    assertThat(
            writer
                .post("/admin/articles/" + id + "/overrides", Map.of("rule", "quote-style"))
                .statusCode())
        .isIn(403, 404);
    assertThat(
            editor
                .post("/admin/articles/" + id + "/overrides", Map.of("rule", "raw-markdown"))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            editor
                .post("/admin/articles/" + id + "/overrides", Map.of("rule", "quote-style"))
                .statusCode())
        .isEqualTo(303);

    assertThat(
            Jsoup.parse(editor.get("/admin/articles/" + id).body())
                .select("[data-rule=quote-style]"))
        .isEmpty();
    String history = editor.get("/admin/articles/" + id + "/history").body();
    assertThat(HtmlChecker.errors(history)).isEmpty();
    assertThat(Jsoup.parse(history).select("#overrides-title + ul").text())
        .contains("overrode the warning quote-style");
    assertThat(
            Jsoup.parse(editor.get("/admin/articles?findings=1").body()).select("td a").eachText())
        .doesNotContain("Ferry fares frozen");
  }

  @Test
  void aSaveThatWouldPutRawMarkdownOnTheSiteIsRefusedAndAWarningIsNot() {
    Staff editor = Staff.signedIn(site, "checks-live@test.example", "editor");
    long id = draft(editor, "Quay reopens", "The quay reopened on Monday.");
    assertThat(
            editor
                .post("/admin/articles/" + id + "/status", Map.of("to", "published"))
                .statusCode())
        .isEqualTo(303);

    Map<String, String> leaked = WorkflowTest.article("Quay reopens");
    leaked.put("authors", "1");
    leaked.put("body", "<p>The quay reopened on **Monday**.</p>");
    HttpResponse<String> refused = editor.post("/admin/articles/" + id, leaked);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    assertThat(Jsoup.parse(refused.body()).select(".form-error, .field-error").text())
        .contains("**Monday**")
        .contains("raw-markdown");
    assertThat(site.get("/city/quay-reopens").body()).doesNotContain("**Monday**");

    Map<String, String> straight = WorkflowTest.article("Quay reopens");
    straight.put("authors", "1");
    straight.put("body", "The harbour master said \"at last\" on Monday.");
    assertThat(editor.post("/admin/articles/" + id, straight).statusCode()).isEqualTo(303);
  }
}
