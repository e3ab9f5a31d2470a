package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.newsroom.Staff;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page cache cannot be flooded: only the parameters a page reads make a new entry, and only a
 * live staff session passes by the cache. Each test changes every headline straight in the store
 * (no change is announced, so nothing is dropped from the cache): a page still showing the old
 * headlines came from the cache, and one showing "Fresh" was rendered (and kept) anew.
 */
class CacheFloodTest {
  private static final String ARTICLE = "/world/world-story-5";

  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private void changeEveryHeadlineBehindTheCache() {
    site.app()
        .database()
        .jdbi()
        .useHandle(h -> h.execute("UPDATE articles SET headline = headline || ' Fresh'"));
  }

  @Test
  void marketingAndUnknownParametersNeitherMissNorAddEntries() {
    String home = body("/");
    String article = body(ARTICLE);
    changeEveryHeadlineBehindTheCache();
    for (int i = 0; i < 1_000; i++) {
      assertThat(body("/?utm_source=" + i)).as("utm_source=%d", i).isEqualTo(home);
    }
    for (String query :
        new String[] {
          "fbclid=1", "gclid=2&utm_medium=x", "unknown=3", "page=2", "a&b=&=c", "utm_source=%41"
        }) {
      assertThat(body("/?" + query)).as(query).isEqualTo(home);
      assertThat(body(ARTICLE + "?" + query)).as(query).isEqualTo(article);
    }
    // Nothing was rendered, so nothing was kept: the plain page shows the old headlines still.
    assertThat(body("/")).isEqualTo(home).doesNotContain("Fresh");
  }

  @Test
  void thePagesOfAListStayDistinct() {
    String first = body("/world");
    String second = body("/world?page=2");
    assertThat(second).isNotEqualTo(first);
    changeEveryHeadlineBehindTheCache();
    assertThat(body("/world?page=2&utm_campaign=spring")).isEqualTo(second);
    assertThat(body("/world?utm_campaign=spring&page=02")).isEqualTo(second);
    assertThat(body("/world?fbclid=x")).isEqualTo(first);
    assertThat(site.get("/world?page=3").statusCode()).isEqualTo(400);
    assertThat(site.get("/world?page=two").statusCode()).isEqualTo(400);
    // A list's page the cache does not hold yet is rendered and kept.
    assertThat(body("/tag/diplomacy?page=1&gclid=y")).contains("Fresh");
  }

  @Test
  void anOldWordPressQueryOnTheHomePageIsNeverAnsweredFromTheCache() {
    body("/");
    assertThat(site.get("/?p=987654").statusCode()).isEqualTo(404);
    assertThat(site.get("/?feed=rss2").statusCode()).isEqualTo(301);
  }

  @Test
  void aForgedStaffCookieGetsTheCachedPageAndARealSessionPassesBy() {
    String article = body(ARTICLE);
    changeEveryHeadlineBehindTheCache();
    HttpResponse<String> forged = site.get(ARTICLE, "Cookie", "newsroom_session=forged-token");
    assertThat(forged.body()).isEqualTo(article);
    assertThat(forged.headers().firstValue("Cache-Control").orElseThrow())
        .contains("public")
        .doesNotContain("no-store");
    assertThat(forged.headers().firstValue("Surrogate-Key")).isPresent();

    String session =
        Staff.signedIn(site, "flood-editor@test.example", "editor").cookie("newsroom_session");
    assertThat(session).isNotNull();
    HttpResponse<String> staff = site.get(ARTICLE, "Cookie", "newsroom_session=" + session);
    assertThat(staff.body()).contains("World story number 5 Fresh");
    assertThat(staff.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(staff.headers().firstValue("Surrogate-Key")).isEmpty();
    // The staff member's page was not kept: readers still get the cached one.
    assertThat(body(ARTICLE)).isEqualTo(article);
  }

  private String body(String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
