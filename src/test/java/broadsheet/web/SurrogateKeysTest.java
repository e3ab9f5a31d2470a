package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.newsroom.Staff;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every cacheable response names what it shows, for a CDN's purges; the same on a cache hit. */
class SurrogateKeysTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void anArticlePageNamesItselfItsRelatedListTheNavigationAndTheFullPurgeKey() {
    long id = id("world-story-4");
    HttpResponse<String> rendered = site.get("/world/world-story-4");
    String keys = rendered.headers().firstValue("Surrogate-Key").orElseThrow();
    assertThat(List.of(keys.split(" ")))
        .startsWith("all")
        .contains("article-" + id, "related-" + id, "nav")
        .doesNotHaveDuplicates();
    assertThat(rendered.headers().firstValue("xkey")).contains(keys);

    HttpResponse<String> hit = site.get("/world/world-story-4");
    assertThat(hit.headers().firstValue("Surrogate-Key")).contains(keys);
    assertThat(hit.headers().firstValue("xkey")).contains(keys);
  }

  @Test
  void listsAndSharedPagesNameTheirListAndWhatTheyShow() {
    assertThat(keys("/")).contains("home", "nav", "article-" + id("world-story-1"));
    assertThat(keys("/tag/trams")).contains("tag-" + tagId("trams"), "nav");
    assertThat(keys("/feed.xml")).contains("all", "feeds", "nav");
    assertThat(keys("/sitemap.xml")).contains("all", "sitemaps");
    assertThat(keys("/page/about")).contains("all", "nav");
  }

  @Test
  void aResponseForStaffCarriesNoKeys() {
    String session =
        Staff.signedIn(site, "keys-editor@test.example", "editor").cookie("newsroom_session");
    HttpResponse<String> staff = site.get("/city", "Cookie", "newsroom_session=" + session);
    assertThat(staff.headers().firstValue("Cache-Control")).contains("private, no-store");
    assertThat(staff.headers().firstValue("Surrogate-Key")).isEmpty();
    assertThat(staff.headers().firstValue("xkey")).isEmpty();
  }

  private static List<String> keys(String path) {
    return List.of(site.get(path).headers().firstValue("xkey").orElseThrow().split(" "));
  }

  private static long id(String slug) {
    return idIn("articles", slug);
  }

  private static long tagId(String slug) {
    return idIn("tags", slug);
  }

  private static long idIn(String table, String slug) {
    String query = "SELECT id FROM " + table + " WHERE slug = :s";
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery(query).bind("s", slug).mapTo(Long.class).one());
  }
}
