package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workflow and the capability ladder, through the editor's own forms. */
class WorkflowTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  static long write(Staff staff, String headline) {
    HttpResponse<String> created = staff.post("/admin/articles", article(headline));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
  }

  static Map<String, String> article(String headline) {
    Map<String, String> form = new HashMap<>();
    form.put("headline", headline);
    form.put("standfirst", "A sentence about " + headline + ".");
    form.put("body", "The first paragraph of " + headline + ".\n\nIt was **“quoted.”**");
    form.put("section", "2");
    form.put("tags", "Trams, Workflow");
    return form;
  }

  /** NUL cannot be stored on PostgreSQL (a 500 there, kept on SQLite): refused on both. */
  @Test
  void aFieldHoldingNulIsRefusedOnBothStores() {
    Staff editor = Staff.signedIn(site, "nul-editor@test.example", "editor");
    Map<String, String> headline = article("A headline with \0 in it");
    Map<String, String> tag = article("A tag with NUL");
    tag.put("tags", "Bad\0tag");
    for (Map<String, String> form : List.of(headline, tag)) {
      HttpResponse<String> refused = editor.post("/admin/articles", form);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("NUL character");
    }
  }

  /** A tag longer than the form takes is refused at its field, never dropped without a word. */
  @Test
  void aTagLongerThanTheFormTakesIsRefusedAtTheField() {
    Staff editor = Staff.signedIn(site, "long-tag-editor@test.example", "editor");
    Map<String, String> form = article("A story with a long tag");
    form.put("tags", "Trams, " + "t".repeat(ArticleForm.TAG_LIMIT + 1));
    HttpResponse<String> refused = editor.post("/admin/articles", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Keep each tag to 100 characters or fewer.");
    form.put("tags", "Trams, " + "t".repeat(ArticleForm.TAG_LIMIT));
    assertThat(editor.post("/admin/articles", form).statusCode()).isEqualTo(303);
  }

  /** Schedules an article for {@code when}, the form's local date and time; the status code. */
  static int schedule(Staff staff, long id, String when) {
    return staff
        .post("/admin/articles/" + id + "/status", Map.of("to", "scheduled", "publish_at", when))
        .statusCode();
  }

  static int move(Staff staff, long id, String to) {
    return staff.post("/admin/articles/" + id + "/status", Map.of("to", to)).statusCode();
  }

  /** Role, action, whether the role may do it to someone else's article. */
  @ParameterizedTest(name = "{0} {1} others'')")
  @CsvSource({
    "contributor, edit, false", "contributor, review, false", "contributor, publish, false",
    "author, edit, false", "author, publish, false", "author, unpublish, false",
    "editor, edit, true", "editor, publish, true", "editor, unpublish, true",
    "admin, edit, true", "admin, publish, true", "admin, unpublish, true"
  })
  void actionsOnSomeoneElsesArticle(String role, String action, boolean allowed) {
    Staff owner = Staff.signedIn(site, "owner-" + role + action + "@test.example", "author");
    long id = write(owner, "Someone else's " + role + " " + action);
    if (action.equals("unpublish")) {
      assertThat(move(owner, id, "published")).isEqualTo(303);
    }
    Staff actor = Staff.signedIn(site, role + "-other@test.example", role);
    int status =
        switch (action) {
          case "edit" ->
              actor.post("/admin/articles/" + id, article("Changed by " + role)).statusCode();
          case "review" -> move(actor, id, "review");
          case "publish" -> move(actor, id, "published");
          default -> move(actor, id, "unpublished");
        };
    assertThat(status).isEqualTo(allowed ? 303 : 403);
    String headline =
        new broadsheet.content.ArticleRepository(site.app().database())
            .findById(id)
            .orElseThrow()
            .headline();
    assertThat(headline.equals("Changed by " + role)).isEqualTo(allowed && action.equals("edit"));
  }

  /** Role, action on their own article, allowed. */
  @ParameterizedTest(name = "{0} {1} own")
  @CsvSource({
    "contributor, review, true",
    "contributor, publish, false",
    "contributor, scheduled, false",
    "contributor, upload, false",
    "contributor, sections, false",
    "contributor, accounts, false",
    "author, publish, true",
    "author, upload, true",
    "author, sections, false",
    "author, accounts, false",
    "editor, publish, true",
    "editor, sections, true",
    "editor, accounts, false",
    "admin, publish, true",
    "admin, sections, true",
    "admin, accounts, true"
  })
  void actionsOnTheirOwnWorkAndTheDesk(String role, String action, boolean allowed) {
    Staff staff = Staff.signedIn(site, role + "-own@test.example", role);
    int status =
        switch (action) {
          case "upload" -> staff.get("/admin/media").statusCode();
          case "sections" ->
              staff
                  .post(
                      "/admin/sections",
                      Map.of("name", "S " + role, "slug", "s-" + role, "description", ""))
                  .statusCode();
          case "accounts" -> staff.get("/admin/accounts").statusCode();
          case "scheduled" ->
              staff
                  .post(
                      "/admin/articles/" + write(staff, "Own " + role + " " + action) + "/status",
                      Map.of("to", "scheduled", "publish_at", "2099-01-01T07:00"))
                  .statusCode();
          default ->
              move(
                  staff,
                  write(staff, "Own " + role + " " + action),
                  action.equals("review") ? "review" : "published");
        };
    assertThat(status)
        .isEqualTo(
            allowed ? (action.equals("upload") || action.equals("accounts") ? 200 : 303) : 403);
  }

  @Test
  void aContributorCannotEditTheirArticleOnceItIsPublished() {
    Staff contributor = Staff.signedIn(site, "writer@test.example", "contributor");
    long id = write(contributor, "Contributor copy");
    assertThat(move(contributor, id, "review")).isEqualTo(303);
    Staff editor = Staff.signedIn(site, "desk@test.example", "editor");
    assertThat(move(editor, id, "published")).isEqualTo(303);
    assertThat(contributor.post("/admin/articles/" + id, article("Sneaky change")).statusCode())
        .isEqualTo(403);
    assertThat(site.get("/city/contributor-copy").body()).doesNotContain("Sneaky change");
  }

  @Test
  void everyTransitionIsRecordedWithWhoAndWhen() {
    Staff author = Staff.signedIn(site, "recorder@test.example", "author");
    long id = write(author, "Recorded story");
    move(author, id, "review");
    move(author, id, "published");
    move(author, id, "unpublished");
    HttpResponse<String> history = author.get("/admin/articles/" + id + "/history");
    assertThat(HtmlChecker.errors(history.body())).isEmpty();
    var rows =
        Jsoup.parse(history.body()).select("section[aria-labelledby=transitions-title] tbody tr");
    assertThat(rows.eachText())
        .hasSize(4)
        .satisfies(r -> assertThat(r.get(0)).contains("recorder", "created", "draft"))
        .satisfies(r -> assertThat(r.get(1)).contains("draft", "review"))
        .satisfies(r -> assertThat(r.get(2)).contains("review", "published"))
        .satisfies(r -> assertThat(r.get(3)).contains("published", "unpublished"));
    assertThat(site.get("/city/recorded-story").statusCode()).isEqualTo(410);
  }

  @Test
  void publishingNeedsHeadlineBodyBylineAndAltTextAndSaysWhatIsMissing() {
    Staff editor = Staff.signedIn(site, "strict@test.example", "editor");
    Map<String, String> form = article("Needs alt text");
    form.put("image_url", "/static/logo.png");
    form.put("image_alt", "");
    long id = write(editor, "Needs alt text");
    editor.post("/admin/articles/" + id, form);
    HttpResponse<String> refused =
        editor.post("/admin/articles/" + id + "/status", Map.of("to", "published"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Describe the featured image");
    assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    assertThat(site.get("/city/needs-alt-text").statusCode()).isEqualTo(404);

    HttpResponse<String> empty =
        editor.post("/admin/articles", Map.of("headline", "", "section", "999"));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Write a headline.", "Choose a section.");
    assertThat(HtmlChecker.errors(empty.body())).isEmpty();
  }

  @Test
  void thePublishedArticleAppearsOnTheHomePageFeedAndSitemap() {
    Staff author = Staff.signedIn(site, "newsy@test.example", "author");
    long id = write(author, "Breaking harbour news");
    assertThat(site.get("/").body()).doesNotContain("Breaking harbour news");
    assertThat(site.get("/city/breaking-harbour-news").statusCode()).isEqualTo(404);
    assertThat(move(author, id, "published")).isEqualTo(303);
    assertThat(site.get("/").body()).contains("Breaking harbour news");
    assertThat(site.get("/feed.xml").body()).contains("Breaking harbour news");
    assertThat(site.get("/sitemap.xml").body()).contains("/city/breaking-harbour-news");
    var page = site.get("/city/breaking-harbour-news");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<strong>“quoted.”</strong>");
    List<String> editorView = List.of(author.get("/admin/articles/" + id).body());
    assertThat(editorView.get(0)).contains("View on the site");
  }

  /**
   * Being on the byline makes an owner: an author or contributor who credits a colleague is refused
   * at the field, on a new article and on their own; an editor may, and the colleague then owns it.
   */
  @ParameterizedTest(name = "{0} credits a colleague")
  @CsvSource({"contributor, false", "author, false", "editor, true", "admin, true"})
  void onlyEditorsPutAColleagueOnTheByline(String role, boolean allowed) {
    String colleagueEmail = "colleague-of-" + role + "@test.example";
    Staff colleague = Staff.signedIn(site, colleagueEmail, "author");
    long colleagueAuthor =
        new AccountRepository(site.app().database())
            .findByEmail(colleagueEmail)
            .orElseThrow()
            .authorId();
    Staff staff = Staff.signedIn(site, "crediting-" + role + "@test.example", role);
    Map<String, String> credited = article("Shared byline by " + role);
    credited.put("authors", String.valueOf(colleagueAuthor));

    HttpResponse<String> created = staff.post("/admin/articles", credited);
    long own = write(staff, "Own byline by " + role);
    Map<String, String> resaved = article("Own byline by " + role);
    resaved.put("authors", String.valueOf(colleagueAuthor));
    HttpResponse<String> saved = staff.post("/admin/articles/" + own, resaved);
    if (allowed) {
      assertThat(created.statusCode()).isEqualTo(303);
      assertThat(saved.statusCode()).isEqualTo(303);
      assertThat(colleague.get("/admin/articles/" + own).statusCode()).isEqualTo(200);
      return;
    }
    for (HttpResponse<String> refused : List.of(created, saved)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(Jsoup.parse(refused.body()).select("fieldset.has-error .field-error").text())
          .contains("Only an editor can put a colleague on the byline.");
    }
    assertThat(colleague.get("/admin/articles/" + own).statusCode()).isEqualTo(403);
  }
}
