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
 * Editors set the paper's house style in the newsroom, and the checks hold articles to it from the
 * next look: quotes, headline length. Other roles may not; nonsense is refused field by field.
 */
class HouseStyleTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static Map<String, String> style(String quotes, String chars, String width) {
    return Map.of("quotes", quotes, "headline_chars", chars, "headline_width", width);
  }

  private static java.util.List<String> rules(Staff staff, long id) {
    return Jsoup.parse(staff.get("/admin/articles/" + id).body())
        .select("li[data-rule]")
        .eachAttr("data-rule");
  }

  @Test
  void anEditorsStyleIsWhatTheChecksApplyNext() {
    Staff editor = Staff.signedIn(site, "style-editor@test.example", "editor");
    HttpResponse<String> page = editor.get("/admin/style");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select("#quotes-curly").hasAttr("checked")).isTrue();
    assertThat(doc.select("#f-headline_chars").val()).isEqualTo("80");

    Map<String, String> form =
        WorkflowTest.article("Ferry timetable changes for the winter season");
    form.put("body", "The harbour master said \"not before spring\" to the council.");
    HttpResponse<String> created = editor.post("/admin/articles", form);
    long id =
        Long.parseLong(
            created
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
    assertThat(rules(editor, id)).contains("quote-style").doesNotContain("headline-length");

    HttpResponse<String> saved = editor.post("/admin/style", style("straight", "30", "760"));
    assertThat(saved.statusCode()).isEqualTo(303);
    Document after = Jsoup.parse(editor.get("/admin/style?saved=1").body());
    assertThat(after.select("[role=status]").text()).contains("saved");
    assertThat(after.select("#quotes-straight").hasAttr("checked")).isTrue();
    assertThat(after.select("#f-headline_chars").val()).isEqualTo("30");
    assertThat(rules(editor, id)).contains("headline-length").doesNotContain("quote-style");

    assertThat(editor.post("/admin/style", style("curly", "80", "760")).statusCode())
        .isEqualTo(303);
    assertThat(rules(editor, id)).contains("quote-style").doesNotContain("headline-length");
  }

  @Test
  void nonsenseIsRefusedByFieldAndOnlyEditorsMaySetIt() {
    Staff editor = Staff.signedIn(site, "style-careful@test.example", "editor");
    HttpResponse<String> refused = editor.post("/admin/style", style("fancy", "0", "wide"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    Document doc = Jsoup.parse(refused.body());
    assertThat(doc.select("#e-quotes").text()).contains("curly or straight");
    assertThat(doc.select("#e-headline_chars").text()).contains("1 to 500");
    assertThat(doc.select("#e-headline_width").text()).contains("100 to 5000");
    assertThat(doc.select("#f-headline_width").val()).isEqualTo("wide");
    assertThat(Jsoup.parse(editor.get("/admin/style").body()).select("#f-headline_chars").val())
        .isEqualTo("80");

    Staff writer = Staff.signedIn(site, "style-writer@test.example", "author");
    assertThat(writer.get("/admin/style").statusCode()).isEqualTo(403);
    assertThat(writer.post("/admin/style", style("straight", "80", "760")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> stranger =
        site.post("/admin/style", "quotes=straight&headline_chars=30&headline_width=760");
    assertThat(stranger.statusCode()).isNotEqualTo(200);
    assertThat(stranger.headers().firstValue("Location").orElse("")).doesNotContain("saved");
    Document unchanged = Jsoup.parse(editor.get("/admin/style").body());
    assertThat(unchanged.select("#quotes-curly").hasAttr("checked")).isTrue();
    assertThat(unchanged.select("#f-headline_chars").val()).isEqualTo("80");
  }
}
