package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.content.SectionRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Role;
import broadsheet.newsroom.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may use the Admin API: a live token of an enabled account and nothing else, acting with
 * exactly that account's role; what a role may not do is refused with 403 and changes nothing.
 */
class AdminApiAccessTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  static final String ARTICLES = "/api/admin/v1/articles";

  static long city() {
    return new SectionRepository(site.app().database(), site.clock())
        .findBySlug("city")
        .orElseThrow()
        .id();
  }

  /** A draft by the admin with this author on the byline: someone else's article. */
  static long othersDraft(AdminClient admin, String headline) {
    HttpResponse<String> made =
        admin.post(
            ARTICLES,
            "{\"headline\": \""
                + headline
                + "\", \"body\": \"Text.\", \"section_id\": "
                + city()
                + "}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return AdminClient.json(made).get("id").asLong();
  }

  @Test
  void withoutALiveTokenEveryRouteAnswers401() {
    String[] paths = {ARTICLES + "/1", ARTICLES + "/1/history", "/api/admin/v1/no-such-route"};
    for (String path : paths) {
      HttpResponse<String> none = AdminClient.checked(site, "GET", site.get(path));
      assertThat(none.statusCode()).as(path).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(AdminClient.withToken(site, "bst_not-a-token").get(path).statusCode())
          .isEqualTo(401);
    }
    // A signed-in session's cookie is no token: no request is made with a browser's authority.
    Staff staff = Staff.signedIn(site, "api-cookie@test.example", "admin");
    HttpResponse<String> withCookie =
        site.get(ARTICLES + "/1", "Cookie", "newsroom_session=" + staff.cookie("newsroom_session"));
    assertThat(AdminClient.checked(site, "GET", withCookie).statusCode()).isEqualTo(401);
    HttpResponse<String> post =
        site.send(
            HttpRequest.newBuilder(URI.create(site.url(ARTICLES)))
                .header("Content-Type", "application/json")
                .header("Cookie", "newsroom_session=" + staff.cookie("newsroom_session"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\": \"x\"}"))
                .build());
    assertThat(AdminClient.checked(site, "POST", post).statusCode()).isEqualTo(401);
  }

  @Test
  void theDocumentListsExactlyTheRegisteredRoutes() {
    java.util.Set<String> registered = new java.util.TreeSet<>();
    for (String route : site.app().routes()) {
      String method = route.substring(0, route.indexOf(' '));
      if (route.contains(" " + AdminApi.BASE + "/")
          && !method.startsWith("BEFORE")
          && !method.startsWith("AFTER")) {
        // HEAD is registered beside each GET, which the document's GET covers.
        registered.add(method.equals("HEAD") ? "GET" + route.substring(4) : route);
      }
    }
    assertThat(AdminClient.contract(site).operations()).isEqualTo(registered).hasSize(19);
    assertThat(
            AdminClient.contract(site)
                .document()
                .path("components")
                .path("securitySchemes")
                .path("token")
                .path("scheme")
                .asText())
        .isEqualTo("bearer");
  }

  @Test
  void anExpiredTokenARevokedOneAndADisabledAccountAre401() {
    AdminClient shortLived = AdminClient.of(site, "api-expiring@test.example", "editor", 1);
    assertThat(shortLived.get(ARTICLES + "/1").statusCode()).isEqualTo(200);
    site.clock().advance(Duration.ofDays(2));
    assertThat(shortLived.get(ARTICLES + "/1").statusCode()).isEqualTo(401);

    AdminClient disabled = AdminClient.of(site, "api-disabled@test.example", "editor");
    assertThat(disabled.get(ARTICLES + "/1").statusCode()).isEqualTo(200);
    new AccountRepository(site.app().database()).update(disabled.accountId, Role.EDITOR, true);
    assertThat(disabled.get(ARTICLES + "/1").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenMadeOnTheAccountPageIsShownOnceAndWorksUntilRevoked() {
    Staff author = Staff.signedIn(site, "api-page@test.example", "author");
    HttpResponse<String> page = author.post("/admin/tokens", Map.of("label", "", "expires", "90"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Name the token");

    HttpResponse<String> made =
        author.post("/admin/tokens", Map.of("label", "Publishing script", "expires", "30"));
    assertThat(made.statusCode()).isEqualTo(201);
    assertThat(HtmlChecker.errors(made.body())).isEmpty();
    String token = Jsoup.parse(made.body()).selectFirst("#new-token").val();
    assertThat(token).startsWith("bst_");

    HttpResponse<String> listed =
        author.post("/admin/tokens", Map.of("label", "x", "expires", "x"));
    assertThat(listed.statusCode()).isEqualTo(400);
    assertThat(listed.body()).contains("Publishing script").doesNotContain(token);
    assertThat(HtmlChecker.errors(listed.body())).isEmpty();

    AdminClient script = AdminClient.withToken(site, token);
    HttpResponse<String> created =
        script.post(
            ARTICLES, "{\"headline\": \"Written by a script\", \"section_id\": " + city() + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(AdminClient.json(created).get("authors").get(0).get("name").asText())
        .isEqualTo("api-page");

    String revoke = Jsoup.parse(listed.body()).selectFirst("form[action$=/revoke]").attr("action");
    assertThat(author.post(revoke, Map.of()).statusCode()).isEqualTo(303);
    assertThat(script.get(ARTICLES + "/1").statusCode()).isEqualTo(401);
  }

  /** Role, action, expected status: what each role may do to someone else's article. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "contributor, edit, 403",
    "contributor, publish, 403",
    "contributor, upload, 403",
    "author, edit, 403",
    "author, publish, 403",
    "author, upload, 201",
    "editor, edit, 200",
    "editor, publish, 200",
    "editor, upload, 201",
    "admin, edit, 200",
    "admin, publish, 200",
    "admin, upload, 201",
  })
  void eachRoleDoesExactlyWhatTheNewsroomLetsIt(String role, String action, int expected)
      throws IOException {
    AdminClient admin = AdminClient.of(site, "api-matrix-admin@test.example", "admin");
    AdminClient client = AdminClient.of(site, "api-matrix-" + role + "@test.example", role);
    long id = othersDraft(admin, "Matrix " + role + " " + action);
    HttpResponse<String> before = admin.get(ARTICLES + "/" + id);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> response =
        switch (action) {
          case "edit" -> client.patch(ARTICLES + "/" + id, "{\"headline\": \"Changed\"}", etag);
          case "publish" ->
              client.post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}");
          default -> client.upload("/api/admin/v1/media", "A red square", "red.png", png());
        };
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    if (expected == 403) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      HttpResponse<String> after = admin.get(ARTICLES + "/" + id);
      assertThat(after.headers().firstValue("ETag")).hasValue(etag);
      assertThat(AdminClient.json(after).get("status").asText()).isEqualTo("draft");
      assertThat(AdminClient.json(after).get("headline").asText()).startsWith("Matrix");
    }
  }

  @Test
  void aContributorWritesAndSubmitsTheirOwnButCannotPublishOrCorrect() {
    AdminClient contributor = AdminClient.of(site, "api-contrib@test.example", "contributor");
    HttpResponse<String> made =
        contributor.post(
            ARTICLES,
            "{\"headline\": \"My first piece\", \"body\": \"Text.\", \"section_id\": "
                + city()
                + "}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode article = AdminClient.json(made);
    assertThat(article.get("moves")).extracting(JsonNode::asText).containsExactly("review");
    long id = article.get("id").asLong();
    assertThat(
            contributor
                .post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            contributor
                .post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"review\"}")
                .statusCode())
        .isEqualTo(200);
    AdminClient editor = AdminClient.of(site, "api-contrib-editor@test.example", "editor");
    assertThat(
            editor
                .post(ARTICLES + "/" + id + "/transitions", "{\"to\": \"published\"}")
                .statusCode())
        .isEqualTo(200);
    // Published, it is no longer the contributor's to touch.
    assertThat(contributor.get(ARTICLES + "/" + id).statusCode()).isEqualTo(403);
    HttpResponse<String> correction =
        contributor.post(ARTICLES + "/" + id + "/corrections", "{\"text\": \"Wrong date.\"}");
    assertThat(correction.statusCode()).isEqualTo(403);
    assertThat(AdminClient.json(editor.get(ARTICLES + "/" + id)).get("corrections")).isEmpty();
  }

  @Test
  void anImageIsCheckedAsInTheNewsroom() throws IOException {
    AdminClient author = AdminClient.of(site, "api-images@test.example", "author");
    HttpResponse<String> stored =
        author.upload("/api/admin/v1/media", "A red square", "red.png", png());
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    JsonNode image = AdminClient.json(stored);
    assertThat(image.get("url").asText()).startsWith("/media/");
    assertThat(
            site.sendBytes(
                    HttpRequest.newBuilder(URI.create(site.url(image.get("url").asText()))).build())
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> notAnImage =
        author.upload("/api/admin/v1/media", "Text", "notes.png", "just text".getBytes());
    assertThat(notAnImage.statusCode()).isEqualTo(415);
    HttpResponse<String> json = author.post("/api/admin/v1/media", "{\"image\": \"x\"}");
    assertThat(json.statusCode()).isEqualTo(415);
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, 0xCC2200 + x);
      }
    }
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
