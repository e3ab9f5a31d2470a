package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Content API's article by slug and what every API answer shares: problem documents for every
 * error, ETag and 304, CORS, gzip, and an OpenAPI document that lists exactly the routes served.
 */
class ContentArticleTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static final ApiClient api = new ApiClient(site, "/api/v1/openapi.json");

  @Test
  void anArticleHasEverythingThePageShows() {
    var reply = api.get("/api/v1/articles/tram-line-opens");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode a = reply.json();
    assertThat(a.path("id").isIntegralNumber()).isTrue();
    assertThat(a.path("slug").asText()).isEqualTo("tram-line-opens");
    assertThat(a.path("headline").asText()).isEqualTo("Tram line opens to the harbour");
    assertThat(a.path("standfirst").asText()).contains("summary of tram line");
    assertThat(a.path("body").asText()).contains("<p>The new line runs every six minutes.</p>");
    assertThat(a.path("url").asText()).isEqualTo(site.url("/city/tram-line-opens"));
    assertThat(a.path("canonical_url").asText()).isEqualTo(site.url("/city/tram-line-opens"));
    OffsetDateTime published = OffsetDateTime.parse(a.path("published_at").asText());
    OffsetDateTime updated = OffsetDateTime.parse(a.path("updated_at").asText());
    assertThat(updated).isAfterOrEqualTo(published);
    assertThat(a.path("section").path("slug").asText()).isEqualTo("city");
    assertThat(a.path("section").path("url").asText()).isEqualTo(site.url("/city"));
    assertThat(a.path("tags").get(0).path("name").asText()).isEqualTo("Trams");
    assertThat(a.path("authors").get(0).path("slug").asText()).isEqualTo("ada-quill");
    JsonNode image = a.path("featured_image");
    assertThat(image.path("alt").asText()).isEqualTo("The test paper's logo");
    assertThat(image.path("caption").asText()).isEqualTo("A caption");
    assertThat(image.path("credit").asText()).isEqualTo("Test desk");
    assertThat(image.path("url").asText()).isEqualTo(site.url("/static/logo.png"));
    JsonNode correction = a.path("corrections").get(0);
    assertThat(correction.path("kind").asText()).isEqualTo("correction");
    assertThat(correction.path("body").asText()).contains("wrong frequency");
  }

  @Test
  void unpublishedArticlesAreNotFound() {
    for (String slug :
        new String[] {"secret-draft", "withdrawn-story", "no-such-story", "Bad%20Slug"}) {
      var reply = api.get("/api/v1/articles/" + slug);
      assertThat(reply.status()).as(slug).isEqualTo(404);
      assertThat(reply.json().path("type").asText()).isEqualTo("/api#error-404");
      assertThat(reply.response().body()).doesNotContain("Secret draft", "withdrawn");
    }
  }

  @Test
  void unknownParametersAndStatusAreRefusedNamingTheField() {
    var reply = api.get("/api/v1/articles/tram-line-opens?colour=red");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("colour");
    var status = api.get("/api/v1/articles/tram-line-opens?status=draft");
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
  }

  @Test
  void errorsOutsideTheRoutesAreProblemsTooNeverPages() {
    var contract = api.contract();
    for (String path :
        new String[] {"/api/v1/nothing-here", "/api/v1/articles/a/b/c", "/api/v2/x"}) {
      HttpResponse<String> response = site.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      contract.checkProblem(response);
    }
    HttpResponse<String> posted =
        site.send(
            api.request("/api/v1/articles/tram-line-opens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\": \"x\"}"))
                .build());
    assertThat(posted.statusCode()).isEqualTo(415);
    contract.checkProblem(posted);
  }

  @Test
  void etagAnswers304AndGzipIsOffered() {
    var first = api.get("/api/v1/articles/world-story-3");
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    assertThat(first.header("Cache-Control")).contains("public");
    assertThat(first.header("Surrogate-Key")).contains("article-");
    var again = api.get("/api/v1/articles/world-story-3", "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    HttpResponse<byte[]> zipped =
        site.sendBytes(
            api.request("/api/v1/articles/world-story-3")
                .header("Accept-Encoding", "gzip")
                .build());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void anyOriginMayReadAndPreflightsAreAnswered() {
    var reply = api.get("/api/v1/articles/world-story-5", "Origin", "https://partner.example");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
    // A second time, from the page cache in front of the routes: the same headers.
    var cached = api.get("/api/v1/articles/world-story-5", "Origin", "https://partner.example");
    assertThat(cached.header("Access-Control-Allow-Origin")).isEqualTo("*");
    HttpResponse<String> preflight =
        site.send(
            api.request("/api/v1/articles?limit=5")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .build());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("GET");
  }

  @Test
  void theReferencePageShowsEveryRouteItsParametersAndACurlExampleThatWorks() {
    HttpResponse<String> page = site.get("/api");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    Document doc = Jsoup.parse(page.body());
    JsonNode paths = api.contract().document().path("paths");
    List<String> headings = doc.select("section.endpoint h3").eachText();
    paths
        .properties()
        .forEach(
            path -> {
              assertThat(headings).contains("GET " + path.getKey());
              for (JsonNode p : path.getValue().path("get").path("parameters")) {
                assertThat(page.body()).contains("<code>" + p.path("name").asText() + "</code>");
              }
            });
    List<String> examples = doc.select("section.endpoint pre code").eachText();
    assertThat(examples).hasSize(paths.size());
    for (String curl : examples) {
      assertThat(curl).startsWith("curl -s '" + site.url("/api/v1/"));
      String url = curl.substring(curl.indexOf('\'') + 1, curl.lastIndexOf('\''));
      String path = url.substring(site.url("").length());
      assertThat(api.get(path).status()).as(curl).isEqualTo(200);
    }
    for (String status : List.of("400", "404", "429", "503")) {
      assertThat(doc.getElementById("error-" + status)).as(status).isNotNull();
    }
  }

  @Test
  void aQueryThatCannotBeDecodedIsABadRequest() {
    HttpResponse<String> response = site.get("/api/v1/articles?q=%C3%28&since=%FF");
    assertThat(response.statusCode()).isEqualTo(400);
    api.contract().checkProblem(response);
  }

  @Test
  void theDocumentListsExactlyTheRegisteredRoutes() {
    Set<String> registered = new TreeSet<>();
    for (String route : site.app().routes()) {
      if (route.contains(" " + ContentApi.PREFIX + "/")) {
        // HEAD is registered beside each GET, which the document's GET covers.
        registered.add(route.startsWith("HEAD ") ? "GET" + route.substring(4) : route);
      }
    }
    assertThat(api.contract().operations()).isEqualTo(registered).isNotEmpty();
  }
}
