package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.content.SectionRepository;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to the Admin API: a problem document with a 4xx naming the field, never a 500, and
 * nothing saved, not even in part.
 */
class AdminApiInputTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  static final String ARTICLES = "/api/admin/v1/articles";
  static AdminClient editor;
  static long city;

  @BeforeAll
  static void editor() {
    editor = AdminClient.of(site, "input-editor@test.example", "editor");
    city =
        new SectionRepository(site.app().database(), site.clock())
            .findBySlug("city")
            .orElseThrow()
            .id();
  }

  static long articles() {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
  }

  static long tags() {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tags").mapTo(Long.class).one());
  }

  /** Body (with %d for the city's id), status, the field named. */
  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"headline\": \"Unclosed\" | 400 | ",
        "[\"an array\"] | 400 | ",
        "{\"headline\": \"A\"} {\"again\": 1} | 400 | ",
        "{\"headline\": \"A\", \"headline\": \"B\", \"section_id\": %d} | 400 | ",
        "{\"headline\": \"A\", \"status\": \"published\", \"section_id\": %d} | 400 | status",
        "{\"headline\": 5, \"section_id\": %d} | 400 | headline",
        "{\"headline\": \"A\", \"section_id\": \"2\"} | 400 | section_id",
        "{\"headline\": \"A\", \"section_id\": %d, \"tags\": [\"ok\", 7]} | 400 | tags[1]",
        "{\"headline\": \"A\", \"section_id\": %d, \"tags\": \"Trams\"} | 400 | tags",
        "{\"headline\": \"A\", \"section_id\": %d, \"author_ids\": [1.5]} | 400 | author_ids[0]",
        "{\"headline\": \"A\", \"section_id\": %d, \"image\": {\"url\": \"/m.jpg\", \"size\": 3}}"
            + " | 400 | image.size",
        "{\"headline\": \"A\", \"section_id\": %d, \"image\": \"/m.jpg\"} | 400 | image",
        "{\"headline\": \"A\", \"section_id\": 99999999999999999999} | 400 | section_id",
        "{\"headline\": \"\", \"section_id\": %d} | 422 | headline",
        "{\"headline\": \"A\"} | 422 | section_id",
        "{\"headline\": \"A\", \"section_id\": 999999} | 422 | section_id",
        "{\"headline\": \"A\", \"section_id\": %d, \"slug\": \"Not A Slug\"} | 422 | slug",
        "{\"headline\": \"A\\u0000B\", \"section_id\": %d} | 422 | headline",
        "{\"headline\": \"A\", \"section_id\": %d, \"tags\": [\"a\\u0007\"]} | 422 | tags[0]",
        "{\"headline\": \"A\", \"section_id\": %d, \"tags\": [\"one, two\"]} | 422 | tags[0]",
        "{\"headline\": \"A\", \"section_id\": %d, \"author_ids\": [424242]} | 422 | author_ids",
        "{\"headline\": \"A\", \"section_id\": %d, \"canonical_url\": \"javascript:x\"}"
            + " | 422 | canonical_url",
        "{\"headline\": \"A\", \"section_id\": %d, \"image\": {\"url\": \"http://x/p.jpg\"}}"
            + " | 422 | image.url",
        "{\"headline\": \"A\", \"section_id\": %d, \"related\": [\"/city/no-such-story\"]}"
            + " | 422 | related",
      })
  void badInputIsAProblemNamingTheFieldAndSavesNothing(String body, int status, String field) {
    long before = articles();
    long tagsBefore = tags();
    HttpResponse<String> refused = editor.post(ARTICLES, body.replace("%d", String.valueOf(city)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    var problem = AdminClient.json(refused);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank();
    if (field != null) {
      assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).contains(field);
    }
    assertThat(articles()).isEqualTo(before);
    assertThat(tags()).isEqualTo(tagsBefore);
  }

  @Test
  void valuesPastTheStoresLimitsAre422() {
    String longHeadline = "h".repeat(301);
    for (String body :
        List.of(
            "{\"headline\": \"" + longHeadline + "\", \"section_id\": " + city + "}",
            "{\"headline\": \"A\", \"section_id\": "
                + city
                + ", \"tags\": [\""
                + "t".repeat(101)
                + "\"]}",
            "{\"headline\": \"A\", \"section_id\": "
                + city
                + ", \"body\": \""
                + "b".repeat(500_001)
                + "\"}")) {
      long before = articles();
      HttpResponse<String> refused = editor.post(ARTICLES, body);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(articles()).isEqualTo(before);
    }
  }

  @Test
  void anUpdateThatFailsChangesNothing() {
    HttpResponse<String> made =
        editor.post(
            ARTICLES,
            "{\"headline\": \"Kept as it was\", \"section_id\": "
                + city
                + ", \"tags\": [\"Kept\"]}");
    assertThat(made.statusCode()).isEqualTo(201);
    String path = ARTICLES + "/" + AdminClient.json(made).get("id").asLong();
    String etag = made.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> refused =
        editor.patch(
            path, "{\"headline\": \"New\", \"tags\": [\"Fresh\"], \"slug\": \"BAD SLUG\"}", etag);
    assertThat(refused.statusCode()).isEqualTo(422);
    HttpResponse<String> after = editor.get(path);
    assertThat(after.headers().firstValue("ETag")).hasValue(etag);
    assertThat(AdminClient.json(after).get("headline").asText()).isEqualTo("Kept as it was");
    assertThat(AdminClient.json(after).get("tags").get(0).asText()).isEqualTo("Kept");
  }

  /** A request sent as it is, its answer checked against the document. */
  static HttpResponse<String> send(HttpRequest request) {
    return AdminClient.checked(site, request.method(), site.send(request));
  }

  @Test
  void aBodyOfTheWrongTypeOrTooLargeIsRefusedBeforeItIsRead() {
    HttpResponse<String> form =
        send(
            HttpRequest.newBuilder(URI.create(site.url(ARTICLES)))
                .header("Authorization", "Bearer " + editor.token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("headline=A"))
                .build());
    assertThat(form.statusCode()).isEqualTo(415);
    HttpResponse<String> urlEncoded =
        send(
            HttpRequest.newBuilder(URI.create(site.url(ARTICLES)))
                .header("Authorization", "Bearer " + editor.token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("headline=A"))
                .build());
    assertThat(urlEncoded.statusCode()).isEqualTo(415);
    assertThat(urlEncoded.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    byte[] huge = new byte[13 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    HttpResponse<String> tooLarge =
        send(
            HttpRequest.newBuilder(URI.create(site.url(ARTICLES)))
                .header("Authorization", "Bearer " + editor.token)
                .header("Content-Type", "application/json")
                // The server answers 413 from the headers and closes; without waiting for a
                // 100 Continue the client may still be writing and see a reset instead.
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    HttpResponse<String> empty = editor.post(ARTICLES, "");
    assertThat(empty.statusCode()).isEqualTo(400);
  }
}
