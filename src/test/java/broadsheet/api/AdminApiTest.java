package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.Status;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Admin API's articles through HTTP against the real server: create, read, update with
 * If-Match, the workflow, corrections, preview links, images, and what each is recorded as.
 */
class AdminApiTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  static final String ARTICLES = "/api/admin/v1/articles";

  static long section(String slug) {
    return new SectionRepository(site.app().database(), site.clock())
        .findBySlug(slug)
        .orElseThrow()
        .id();
  }

  static long author(String slug) {
    return new AuthorRepository(site.app().database()).findBySlug(slug).orElseThrow().id();
  }

  static String draft(String headline) {
    return """
        {"headline": "%s", "standfirst": "A sentence about it.",
         "body": "The first paragraph.\\n\\nIt was **“quoted.”**",
         "section_id": %d, "tags": ["Trams", "Admin API"]}
        """
        .formatted(headline, section("city"));
  }

  static JsonNode created(AdminClient client, String body) {
    HttpResponse<String> response = client.post(ARTICLES, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return AdminClient.json(response);
  }

  @Test
  void aDraftIsCreatedReadAndUpdatedWithItsRevisionAsEtag() {
    AdminClient editor = AdminClient.of(site, "api-editor@test.example", "editor");
    HttpResponse<String> made = editor.post(ARTICLES, draft("Harbour lights switched on"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(made.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode article = AdminClient.json(made);
    long id = article.get("id").asLong();
    assertThat(made.headers().firstValue("Location")).hasValue(ARTICLES + "/" + id);
    assertThat(article.get("status").asText()).isEqualTo("draft");
    assertThat(article.get("slug").asText()).isEqualTo("harbour-lights-switched-on");
    assertThat(article.get("body").asText()).contains("**“quoted.”**");
    assertThat(article.get("tags"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("Trams", "Admin API");
    // The editor stands on the byline of a new article that names nobody, as in the newsroom.
    assertThat(article.get("authors").get(0).get("name").asText()).isEqualTo("api-editor");
    String etag = made.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isEqualTo("\"" + article.get("revision").asLong() + "\"");

    HttpResponse<String> read = editor.get(ARTICLES + "/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue(etag);
    assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");

    String change = "{\"headline\": \"Harbour lights switched on at dusk\"}";
    HttpResponse<String> noIfMatch = editor.patch(ARTICLES + "/" + id, change, null);
    assertThat(noIfMatch.statusCode()).isEqualTo(428);
    assertThat(noIfMatch.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    HttpResponse<String> updated = editor.patch(ARTICLES + "/" + id, change, etag);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    String newEtag = updated.headers().firstValue("ETag").orElseThrow();
    assertThat(newEtag).isNotEqualTo(etag);
    JsonNode after = AdminClient.json(updated);
    assertThat(after.get("headline").asText()).isEqualTo("Harbour lights switched on at dusk");
    // What was not sent is kept.
    assertThat(after.get("standfirst").asText()).isEqualTo("A sentence about it.");
    assertThat(after.get("tags")).hasSize(2);

    // Someone saved in between: the stale revision is refused and nothing changes.
    HttpResponse<String> stale =
        editor.patch(ARTICLES + "/" + id, "{\"headline\": \"Lost update\"}", etag);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(AdminClient.json(stale).get("status").asInt()).isEqualTo(412);
    HttpResponse<String> again = editor.get(ARTICLES + "/" + id);
    assertThat(AdminClient.json(again).get("headline").asText())
        .isEqualTo("Harbour lights switched on at dusk");
    assertThat(again.headers().firstValue("ETag")).hasValue(newEtag);
  }

  @Test
  void theArticleListFiltersAsTheNewsroomsDoes() {
    AdminClient contributor = AdminClient.of(site, "api-lister@test.example", "contributor");
    long mine = created(contributor, draft("Allotment waiting list grows")).get("id").asLong();
    HttpResponse<String> drafts = contributor.get(ARTICLES + "?status=draft&q=allotment");
    assertThat(drafts.statusCode()).as(drafts.body()).isEqualTo(200);
    JsonNode list = AdminClient.json(drafts);
    assertThat(list.get("total").asInt()).isEqualTo(1);
    assertThat(list.get("articles").get(0).get("id").asLong()).isEqualTo(mine);
    assertThat(list.get("articles").get(0).get("editable").asBoolean()).isTrue();
    JsonNode published = AdminClient.json(contributor.get(ARTICLES + "?status=published"));
    assertThat(published.get("total").asInt()).isGreaterThan(25);
    assertThat(published.get("articles")).hasSize(Math.min(30, published.get("total").asInt()));
    assertThat(published.get("articles").get(0).get("editable").asBoolean()).isFalse();
    assertThat(
            AdminClient.json(contributor.get(ARTICLES + "?status=published&page=2"))
                .get("page")
                .asInt())
        .isEqualTo(2);
    for (String bad : new String[] {"status=archived", "section_id=x", "page=0", "author_id=-1"}) {
      HttpResponse<String> refused = contributor.get(ARTICLES + "?" + bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(AdminClient.json(refused).get("errors").get(0).get("field").asText())
          .isEqualTo(bad.substring(0, bad.indexOf('=')));
    }
  }

  @Test
  void everyChangeIsInTheHistoryUnderTheTokensAccount() {
    AdminClient author = AdminClient.of(site, "api-historian@test.example", "author");
    JsonNode article = created(author, draft("Museum reopens its doors"));
    long id = article.get("id").asLong();
    String etag = "\"" + article.get("revision").asLong() + "\"";
    assertThat(
            author
                .patch(ARTICLES + "/" + id, "{\"standfirst\": \"After two years.\"}", etag)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> moved =
        author.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"review\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    JsonNode history = AdminClient.json(author.get(ARTICLES + "/" + id + "/history"));
    assertThat(history.get("revisions")).hasSize(2);
    assertThat(history.get("revisions"))
        .allSatisfy(r -> assertThat(r.get("by").asText()).isEqualTo("api-historian"));
    assertThat(history.get("transitions")).hasSize(2);
    assertThat(history.get("transitions").get(1).get("to").asText()).isEqualTo("review");
    assertThat(history.get("transitions").get(1).get("by").asText()).isEqualTo("api-historian");
  }

  @Test
  void publishingThroughTheApiReachesTheSiteAndAnUpdateRefreshesIt() {
    AdminClient editor = AdminClient.of(site, "api-publisher@test.example", "editor");
    long id = created(editor, draft("Night ferry returns")).get("id").asLong();
    HttpResponse<String> published =
        editor.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonNode article = AdminClient.json(published);
    assertThat(article.get("status").asText()).isEqualTo("published");
    assertThat(article.get("published_at").asText()).matches(".*(Z|[+-][0-9]{2}:[0-9]{2})$");
    assertThat(site.get("/city/night-ferry-returns").body()).contains("Night ferry returns");

    String etag = published.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> updated =
        editor.patch(ARTICLES + "/" + id, "{\"headline\": \"Night ferry returns for good\"}", etag);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(site.get("/city/night-ferry-returns").body())
        .contains("Night ferry returns for good");

    HttpResponse<String> corrected =
        editor.post(
            ARTICLES + "/" + id + "/corrections",
            "{\"kind\": \"correction\", \"text\": \"An earlier version gave the wrong pier.\"}");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(AdminClient.json(corrected).get("corrections").get(0).get("text").asText())
        .isEqualTo("An earlier version gave the wrong pier.");
    assertThat(site.get("/city/night-ferry-returns").body())
        .contains("An earlier version gave the wrong pier.");

    HttpResponse<String> unpublished =
        editor.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"unpublished\"}");
    assertThat(unpublished.statusCode()).isEqualTo(200);
    assertThat(site.get("/city/night-ferry-returns").statusCode()).isEqualTo(410);
  }

  /** What the API changes reaches another node through the change feed, its cache dropped. */
  @Test
  void anotherNodeServesWhatTheApiPublishedAndUpdated() throws InterruptedException {
    AdminClient editor = AdminClient.of(site, "api-nodes@test.example", "editor");
    long id = created(editor, draft("Ferry pier reopens")).get("id").asLong();
    try (RunningSite other = site.anotherNode()) {
      String path = "/city/ferry-pier-reopens";
      assertThat(other.get(path).statusCode()).isEqualTo(404);
      HttpResponse<String> published =
          editor.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}");
      assertThat(published.statusCode()).isEqualTo(200);
      within(other, path, "Ferry pier reopens");
      other.get(path);
      String etag = published.headers().firstValue("ETag").orElseThrow();
      assertThat(
              editor
                  .patch(ARTICLES + "/" + id, "{\"headline\": \"Ferry pier reopens early\"}", etag)
                  .statusCode())
          .isEqualTo(200);
      within(other, path, "Ferry pier reopens early");
    }
  }

  private static void within(RunningSite node, String path, String text)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    HttpResponse<String> seen = node.get(path);
    while (seen.statusCode() != 200 || !seen.body().contains(text)) {
      assertThat(System.nanoTime()).as("%s still lacks %s", path, text).isLessThan(deadline);
      Thread.sleep(20);
      seen = node.get(path);
    }
  }

  @Test
  void theWorkflowsOwnChecksApply() {
    AdminClient editor = AdminClient.of(site, "api-workflow@test.example", "editor");
    long id = created(editor, draft("Bridge repairs begin")).get("id").asLong();
    String moves = ARTICLES + "/" + id + "/transitions";

    HttpResponse<String> impossible = editor.post(moves, "{\"to\": \"unpublished\"}");
    assertThat(impossible.statusCode()).isEqualTo(409);

    HttpResponse<String> noTime = editor.post(moves, "{\"to\": \"scheduled\"}");
    assertThat(noTime.statusCode()).isEqualTo(422);
    assertThat(AdminClient.json(noTime).get("errors").get(0).get("field").asText())
        .isEqualTo("publish_at");

    HttpResponse<String> badTime =
        editor.post(moves, "{\"to\": \"scheduled\", \"publish_at\": \"tomorrow\"}");
    assertThat(badTime.statusCode()).isEqualTo(400);

    String later = site.clock().instant().plusSeconds(86_400).toString();
    HttpResponse<String> scheduled =
        editor.post(moves, "{\"to\": \"scheduled\", \"publish_at\": \"" + later + "\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(AdminClient.json(scheduled).get("status").asText()).isEqualTo("scheduled");

    HttpResponse<String> unknown = editor.post(moves, "{\"to\": \"archived\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(AdminClient.json(unknown).get("errors").get(0).get("field").asText())
        .isEqualTo("to");

    // Publishing needs what the newsroom asks for: an image needs its alt text.
    long noAlt =
        created(
                editor,
                "{\"headline\": \"Pictured story\", \"body\": \"Text.\", \"section_id\": "
                    + section("city")
                    + ", \"image\": {\"url\": \"https://images.example/p.jpg\"}}")
            .get("id")
            .asLong();
    HttpResponse<String> missing =
        editor.post(ARTICLES + "/" + noAlt + "/transitions", "{\"to\": \"published\"}");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(AdminClient.json(missing).get("errors").get(0).get("field").asText())
        .isEqualTo("image.alt");
    assertThat(new ArticleRepository(site.app().database()).findById(noAlt).orElseThrow().status())
        .isEqualTo(Status.DRAFT);
  }

  @Test
  void previewLinksAreMadeListedAndRevoked() {
    AdminClient author = AdminClient.of(site, "api-previewer@test.example", "author");
    long id = created(author, draft("Preview of the budget")).get("id").asLong();
    HttpResponse<String> made = author.post(ARTICLES + "/" + id + "/preview-links", null);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode link = AdminClient.json(made);
    assertThat(link.get("url").asText()).contains("preview=");
    assertThat(link.get("live").asBoolean()).isTrue();
    assertThat(AdminClient.json(author.get(ARTICLES + "/" + id + "/preview-links"))).hasSize(1);
    String one = ARTICLES + "/" + id + "/preview-links/" + link.get("id").asLong();
    assertThat(author.delete(one).statusCode()).isEqualTo(204);
    assertThat(
            AdminClient.json(author.get(ARTICLES + "/" + id + "/preview-links"))
                .get(0)
                .get("live")
                .asBoolean())
        .isFalse();
    assertThat(author.delete(ARTICLES + "/" + id + "/preview-links/999999").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anEditorCreditsColleaguesAndAnAuthorCannot() {
    AdminClient editor = AdminClient.of(site, "api-credits@test.example", "editor");
    JsonNode credited =
        created(
            editor,
            "{\"headline\": \"Two bylines\", \"section_id\": "
                + section("city")
                + ", \"author_ids\": ["
                + author("ada-quill")
                + ", "
                + author("ben-ink")
                + "]}");
    assertThat(credited.get("author_ids")).hasSize(2);

    AdminClient author = AdminClient.of(site, "api-nocredit@test.example", "author");
    HttpResponse<String> refused =
        author.post(
            ARTICLES,
            "{\"headline\": \"Not mine to credit\", \"section_id\": "
                + section("city")
                + ", \"author_ids\": ["
                + author("ada-quill")
                + "]}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(AdminClient.json(refused).get("errors").get(0).get("field").asText())
        .isEqualTo("author_ids");
  }

  @Test
  void theApiReportsFindingsAndRefusesToPublishWhatABlockingRuleFinds() {
    AdminClient editor = AdminClient.of(site, "api-checks@test.example", "editor");
    String leaked =
        """
        {"headline": "Truce talks resume", "standfirst": "Envoys meet again.",
         "body": "<p>It was not a proposal that **“automatically paves the way for peace.”**</p>",
         "section_id": %d, "tags": []}
        """
            .formatted(section("city"));
    long id = created(editor, leaked).get("id").asLong();
    JsonNode article = AdminClient.json(editor.get(ARTICLES + "/" + id));
    assertThat(article.get("findings").findValuesAsText("rule")).contains("raw-markdown");
    HttpResponse<String> refused =
        editor.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("automatically paves the way").contains("raw-markdown");
  }
}
