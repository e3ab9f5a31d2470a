package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Content API's article list: newest first in pages joined by cursors that stay put while the
 * newsroom publishes, its filters, its field choice, and refusals of what does not parse.
 */
class ContentListTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static final ApiClient api = new ApiClient(site, "/api/v1/openapi.json");

  /** The published articles of the small paper: 25 in World, two in City and Harbour. */
  private static final int PUBLISHED = 27;

  private static List<String> slugs(JsonNode list) {
    return StreamSupport.stream(list.path("articles").spliterator(), false)
        .map(a -> a.path("slug").asText())
        .toList();
  }

  /** The path and query of a next link, to follow it on this site. */
  private static String relative(String next) {
    URI uri = URI.create(next);
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static List<String> walk(String first) {
    List<String> all = new ArrayList<>();
    String path = first;
    while (path != null) {
      var reply = api.get(path);
      assertThat(reply.status()).as(path).isEqualTo(200);
      all.addAll(slugs(reply.json()));
      path = reply.json().has("next") ? relative(reply.json().path("next").asText()) : null;
    }
    return all;
  }

  @Test
  void everyPublishedArticleOnceNewestFirstAndNothingElse() {
    List<String> all = new ArrayList<>(walk("/api/v1/articles?limit=7"));
    // Another test of the class may have published this one first.
    all.remove("late-breaking-news");
    assertThat(all).hasSize(PUBLISHED).doesNotHaveDuplicates();
    assertThat(all).doesNotContain("secret-draft", "withdrawn-story");
    assertThat(all.subList(0, 3))
        .containsExactly("tram-line-opens", "ferry-timetable", "world-story-1");
    var first = api.get("/api/v1/articles").json();
    assertThat(first.path("limit").asInt()).isEqualTo(20);
    assertThat(first.path("articles")).hasSize(20);
    JsonNode one = first.path("articles").get(1);
    assertThat(one.has("body")).isFalse();
    assertThat(one.has("authors")).isFalse();
    assertThat(one.path("published_at").asText()).isNotEmpty();
  }

  @Test
  void aPublicationBetweenPagesNeitherRepeatsNorSkipsAnArticle() {
    List<String> before = walk("/api/v1/articles?limit=5");
    var page1 = api.get("/api/v1/articles?limit=5").json();
    long id =
        Fixtures.on(site.app().database())
            .article(
                "late-breaking-news",
                sectionId("world"),
                "Late breaking news",
                "Just in.",
                authorId("ben-ink"),
                List.of("Diplomacy"),
                0);
    site.app().changes().announce(Change.Kind.ARTICLE, id);
    List<String> rest = new ArrayList<>(slugs(page1));
    String path = relative(page1.path("next").asText());
    while (path != null) {
      var reply = api.get(path).json();
      rest.addAll(slugs(reply));
      path = reply.has("next") ? relative(reply.path("next").asText()) : null;
    }
    assertThat(rest).isEqualTo(before);
    assertThat(slugs(api.get("/api/v1/articles?limit=5").json()).get(0))
        .isEqualTo("late-breaking-news");
  }

  @Test
  void filtersBySectionWithChildrenTagAuthorAndTime() {
    assertThat(walk("/api/v1/articles?section=city"))
        .containsExactly("tram-line-opens", "ferry-timetable");
    assertThat(walk("/api/v1/articles?tag=trams"))
        .containsExactly("tram-line-opens", "ferry-timetable");
    assertThat(walk("/api/v1/articles?author=ada-quill&section=city"))
        .containsExactly("tram-line-opens");
    assertThat(walk("/api/v1/articles?tag=no-such-tag")).isEmpty();
    String at = api.get("/api/v1/articles/world-story-3").json().path("published_at").asText();
    List<String> until = walk("/api/v1/articles?until=" + at.replace("+", "%2B"));
    assertThat(until).first().isEqualTo("world-story-4");
    List<String> since = walk("/api/v1/articles?since=" + at.replace("+", "%2B") + "&limit=100");
    assertThat(since).last().isEqualTo("world-story-3");
    assertThat(since).doesNotContain("world-story-4");
  }

  @Test
  void aQueryRanksAsTheSiteSearchAndPagesByCursorToo() {
    List<String> found = walk("/api/v1/articles?q=ferries&limit=1");
    assertThat(found).containsExactly("ferry-timetable");
    List<String> stories = walk("/api/v1/articles?q=minister&limit=10&section=world");
    assertThat(stories).hasSize(25).doesNotHaveDuplicates();
    assertThat(walk("/api/v1/articles?q=secret+draft")).doesNotContain("secret-draft");
  }

  @Test
  void fieldsChooseAndIncludeEmbeds() {
    JsonNode a =
        api.get(
                "/api/v1/articles?section=city&limit=1&fields=headline,body"
                    + "&include=authors,tags,section")
            .json()
            .path("articles")
            .get(0);
    assertThat(iterable(a.fieldNames()))
        .containsExactlyInAnyOrder("id", "slug", "headline", "body", "authors", "tags", "section");
    assertThat(a.path("authors").get(0).path("name").asText()).isEqualTo("Ada Quill");
    assertThat(a.path("section").path("slug").asText()).isEqualTo("city");
  }

  @Test
  void whatDoesNotParseIsRefusedNamingTheParameter() {
    String[][] cases = {
      {"limit=0", "limit"},
      {"limit=101", "limit"},
      {"limit=ten", "limit"},
      {"since=yesterday", "since"},
      {"until=2026-13-45", "until"},
      {"cursor=not-a-cursor", "cursor"},
      {"cursor=" + "cTU", "cursor"},
      {"fields=colour", "fields"},
      {"fields=section", "fields"},
      {"fields=headline,,slug", "fields"},
      {"include=body", "include"},
      {"status=draft", "status"},
      {"q=", "q"},
      {"sort=oldest", "sort"},
    };
    for (String[] c : cases) {
      var reply = api.get("/api/v1/articles?" + c[0]);
      assertThat(reply.status()).as(c[0]).isEqualTo(400);
      assertThat(reply.json().path("errors").get(0).path("field").asText())
          .as(c[0])
          .isEqualTo(c[1]);
    }
    // A cursor of a ranked list is no cursor of the plain list, and the other way round.
    var ranked = api.get("/api/v1/articles?q=world&limit=2").json();
    String cursor =
        URI.create(ranked.path("next").asText()).getRawQuery().replaceAll(".*cursor=", "");
    assertThat(api.get("/api/v1/articles?cursor=" + cursor).status()).isEqualTo(400);
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  private static long sectionId(String slug) {
    return site.app()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM sections WHERE slug = :s")
                    .bind("s", slug)
                    .mapTo(Long.class)
                    .one());
  }

  private static long authorId(String slug) {
    return site.app()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM authors WHERE slug = :s")
                    .bind("s", slug)
                    .mapTo(Long.class)
                    .one());
  }
}
