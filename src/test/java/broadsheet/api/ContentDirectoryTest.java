package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest of the Content API: related articles, sections, tags, authors, pages, search with facets
 * and the public settings; unpublished content in none of them; and answers kept in the page cache
 * until the changes that refresh the pages refresh them too.
 */
class ContentDirectoryTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static final ApiClient api = new ApiClient(site, "/api/v1/openapi.json");

  private static List<String> values(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asText())
        .toList();
  }

  @Test
  void relatedListsOtherPublishedArticlesAsTheSiteDoes() {
    JsonNode related = api.get("/api/v1/articles/world-story-6/related").json();
    assertThat(values(related.path("articles"), "slug"))
        .containsExactly("world-story-3", "world-story-9", "world-story-12");
    JsonNode tram = api.get("/api/v1/articles/tram-line-opens/related?limit=10").json();
    assertThat(values(tram.path("articles"), "slug"))
        .doesNotContain("secret-draft", "withdrawn-story", "tram-line-opens");
    assertThat(api.get("/api/v1/articles/secret-draft/related").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/articles/world-story-6/related?limit=11").status()).isEqualTo(400);
  }

  @Test
  void sectionsTagsAndAuthors() {
    JsonNode sections = api.get("/api/v1/sections").json().path("sections");
    assertThat(values(sections, "slug")).contains("world", "city", "harbour");
    JsonNode harbour =
        StreamSupport.stream(sections.spliterator(), false)
            .filter(s -> s.path("slug").asText().equals("harbour"))
            .findFirst()
            .orElseThrow();
    assertThat(harbour.path("parent_id").isIntegralNumber()).isTrue();
    assertThat(values(api.get("/api/v1/tags").json().path("tags"), "slug"))
        .containsExactlyInAnyOrder("diplomacy", "trade-talks", "trams");
    assertThat(values(api.get("/api/v1/authors").json().path("authors"), "name"))
        .containsExactlyInAnyOrder("Ada Quill", "Ben Ink");
  }

  @Test
  void pagesAndSettings() {
    assertThat(values(api.get("/api/v1/pages").json().path("pages"), "slug"))
        .containsExactlyInAnyOrder("about", "privacy", "contact");
    JsonNode about = api.get("/api/v1/pages/about").json();
    assertThat(about.path("title").asText()).isEqualTo("About us");
    assertThat(about.path("body").asText()).contains("<strong>test</strong>");
    assertThat(api.get("/api/v1/pages/nowhere").status()).isEqualTo(404);
    JsonNode settings = api.get("/api/v1/settings").json();
    assertThat(settings.path("name").asText()).isEqualTo("The Test Courier");
    assertThat(settings.path("time_zone").asText()).isEqualTo("Europe/London");
    assertThat(settings.path("url").asText()).isEqualTo(site.url("/"));
  }

  @Test
  void searchHasSnippetsFacetsAndNoUnpublishedHits() {
    JsonNode results = api.get("/api/v1/search?q=harbour").json();
    assertThat(results.path("total").asLong()).isPositive();
    assertThat(values(results.path("hits"), "snippet")).allMatch(s -> !s.isEmpty());
    assertThat(values(results.path("facets").path("sections"), "value")).isNotEmpty();
    assertThat(values(results.path("facets").path("years"), "value")).isNotEmpty();
    JsonNode secret = api.get("/api/v1/search?q=secret+draft").json();
    assertThat(secret.toString()).doesNotContain("secret-draft", "withdrawn-story");
    JsonNode world = api.get("/api/v1/search?q=minister&section=world&page=2").json();
    assertThat(world.path("page").asInt()).isEqualTo(2);
    assertThat(world.path("hits")).hasSize(10);
    assertThat(api.get("/api/v1/search").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/search?q=x&year=last").status()).isEqualTo(400);
  }

  @Test
  void answersAreKeptUntilTheChangesThatRefreshThePages() {
    String path = "/api/v1/articles/world-story-8";
    var first = api.get(path);
    assertThat(first.json().path("headline").asText()).isEqualTo("World story number 8");
    // The CDN is purged by the same keys as the article's page.
    List<String> page =
        List.of(
            site.get("/world/world-story-8")
                .headers()
                .firstValue("Surrogate-Key")
                .orElseThrow()
                .split(" "));
    assertThat(page).containsAll(List.of(first.header("Surrogate-Key").split(" ")));
    assertThat(first.header("Surrogate-Key")).contains("article-");
    assertThat(api.get("/api/v1/articles?limit=100").response().body())
        .contains("World story number 8");
    long id = first.json().path("id").asLong();
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h -> h.execute("UPDATE articles SET headline = 'Renamed quietly' WHERE id = ?", id));
    assertThat(api.get(path).json().path("headline").asText()).isEqualTo("World story number 8");
    assertThat(api.get("/api/v1/articles?limit=100").response().body())
        .doesNotContain("Renamed quietly");
    site.app().changes().announce(Change.Kind.ARTICLE, id);
    assertThat(api.get(path).json().path("headline").asText()).isEqualTo("Renamed quietly");
    assertThat(api.get("/api/v1/articles?limit=100").response().body()).contains("Renamed quietly");
  }
}
