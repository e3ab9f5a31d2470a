package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.store.Database;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What readers get for addresses that do not lead to a page: never a 500. */
class StatusAndBadInputTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(StatusAndBadInputTest::paper);

  private static void paper(Database db) {
    Fixtures.smallPaper(db);
    Fixtures f = Fixtures.on(db);
    f.article(
        "hostile-body",
        1,
        "A body that tries everything",
        "Hello <script>alert(1)</script> <img src=x onerror=\"alert(2)\">"
            + " <a href=\"javascript:alert(3)\">click</a>"
            + " <iframe src=\"https://evil.example\"></iframe> **safe**",
        1,
        List.of(),
        40);
  }

  @Test
  void unknownPlacesAndUnpublishedArticlesAre404WithTheRealErrorPage() {
    for (String path :
        List.of(
            "/no-such-section",
            "/world/no-such-story",
            "/city/secret-draft",
            "/tag/nothing",
            "/author/nobody",
            "/page/nothing",
            "/static/nothing.css",
            "/a/b/c")) {
      HttpResponse<String> response = site.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      Document doc = Jsoup.parse(response.body());
      assertThat(doc.selectFirst("h1").text()).as(path).isEqualTo("Page not found");
      assertThat(doc.select("nav[aria-label=Sections] a")).as(path).isNotEmpty();
    }
  }

  @Test
  void aWithdrawnArticleIsGone() {
    HttpResponse<String> response = site.get("/city/withdrawn-story");
    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.body()).contains("withdrawn").doesNotContain("Withdrawn text.");
  }

  @Test
  void otherFormsOfAnAddressRedirectPermanentlyToTheCanonicalOne() {
    HttpResponse<String> slash = site.get("/world/world-story-1/");
    assertThat(slash.statusCode()).isEqualTo(301);
    assertThat(slash.headers().firstValue("Location").orElseThrow())
        .endsWith("/world/world-story-1");
    HttpResponse<String> wrongSection = site.get("/city/world-story-1");
    assertThat(wrongSection.statusCode()).isEqualTo(301);
    assertThat(wrongSection.headers().firstValue("Location").orElseThrow())
        .endsWith("/world/world-story-1");
    assertThat(site.get("/world/?page=2").headers().firstValue("Location").orElseThrow())
        .endsWith("/world?page=2");
  }

  @Test
  void badPageNumbersAre400NeverA500() {
    for (String page : List.of("0", "-1", "abc", "99999", "1.5", "99999999999999999999", "")) {
      HttpResponse<String> response = site.get("/world?page=" + page);
      assertThat(response.statusCode()).as(page).isEqualTo(400);
      assertThat(response.body()).contains("page");
    }
    assertThat(site.get("/world?page=2").statusCode()).isEqualTo(200);
    assertThat(site.get("/tag/diplomacy?page=0").statusCode()).isEqualTo(400);
  }

  @Test
  void oddAddressesNeverCauseAServerError() {
    for (String path :
        List.of(
            "/%00",
            "/world/%00",
            "/" + "a".repeat(3000),
            "/world/" + "b".repeat(3000),
            "/world/..%2f..%2fetc",
            "/tag/%E2%80%9C",
            "/static/..%2f..%2fpom.xml",
            "/%25ZZ",
            "/world/world-story-1?page=abc",
            "/search?q=%00")) {
      int status = site.get(path).statusCode();
      assertThat(status).as(path).isBetween(200, 499);
    }
  }

  @Test
  void aHostileBodyIsShownSanitised() {
    HttpResponse<String> response = site.get("/world/hostile-body");
    assertThat(response.statusCode()).isEqualTo(200);
    String html = response.body();
    String body = Jsoup.parse(html).selectFirst(".story .body").html();
    assertThat(body)
        .doesNotContain("<script", "onerror", "javascript:", "<iframe")
        .contains("<strong>safe</strong>");
  }
}
