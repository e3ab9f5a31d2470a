package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consent per DESIGN §5, exercised as a browser without JavaScript would. */
class ConsentTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void noReaderResponseSetsACookieBeforeAChoice() {
    for (String path :
        List.of(
            "/",
            "/world",
            "/world?page=2",
            "/harbour",
            "/world/world-story-1",
            "/city/tram-line-opens",
            "/tag/trams",
            "/author/ada-quill",
            "/page/about",
            "/consent",
            "/no-such-page",
            "/city/withdrawn-story",
            "/world?page=abc",
            "/feed.xml",
            "/atom.xml",
            "/sitemap.xml",
            "/news-sitemap.xml",
            "/robots.txt",
            "/healthz")) {
      for (int attempt = 0; attempt < 2; attempt++) { // rendered, then from the cache
        HttpResponse<String> response = site.get(path);
        assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
      }
    }
  }

  @Test
  void theBannerOffersAcceptAndRejectWithEqualWeightPlusSettingsAndPrivacy() {
    Document doc = Jsoup.parse(site.get("/").body());
    Element banner = doc.selectFirst(".consent-banner");
    Element accept = banner.selectFirst("button[value=accept]");
    Element reject = banner.selectFirst("button[value=reject]");
    assertThat(accept.text()).isEqualTo("Accept all");
    assertThat(reject.text()).isEqualTo("Reject all");
    assertThat(accept.tagName()).isEqualTo(reject.tagName());
    assertThat(accept.className()).isEqualTo(reject.className());
    assertThat(accept.parent()).isEqualTo(reject.parent());
    assertThat(banner.select("a[href^=/consent]").text()).isEqualTo("Settings");
    assertThat(banner.select("a[href=/page/privacy]")).hasSize(1);
    assertThat(banner.selectFirst("form").attr("method")).isEqualTo("post");
  }

  @Test
  void acceptingAndRejectingWorkAsPlainFormPosts() {
    for (String choice : List.of("accept", "reject")) {
      HttpResponse<String> response =
          site.post("/consent", "choice=" + choice + "&back=%2Fworld%2Fworld-story-1");
      assertThat(response.statusCode()).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).contains("/world/world-story-1");
      String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie)
          .startsWith("consent=" + (choice.equals("accept") ? "v1-a1-m1-e1" : "v1-a0-m0-e0"))
          .contains("Path=/", "HttpOnly", "SameSite=Lax")
          .containsPattern("Max-Age=15[0-9]{6}");
      String value = cookie.substring(0, cookie.indexOf(';'));
      String page = site.get("/world/world-story-1", "Cookie", value).body();
      assertThat(page).doesNotContain("consent-banner");
    }
  }

  @Test
  void theFooterLinkLeadsToSettingsThatChangeTheChoice() {
    Document doc = Jsoup.parse(site.get("/world", "Cookie", "consent=v1-a1-m1-e1").body());
    String settings = doc.selectFirst("footer a:contains(Cookie settings)").attr("href");
    assertThat(settings).startsWith("/consent");
    Document page = Jsoup.parse(site.get(settings, "Cookie", "consent=v1-a1-m1-e1").body());
    assertThat(page.select("input[name=embeds]").attr("checked")).isNotNull();
    HttpResponse<String> saved = site.post("/consent", "choice=save&embeds=1&back=%2Fworld");
    assertThat(saved.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("consent=v1-a0-m0-e1");
    assertThat(saved.headers().firstValue("Location")).contains("/world");
  }

  @Test
  void aBackPathOffTheSiteGoesHomeInstead() {
    for (String back :
        List.of("%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example")) {
      HttpResponse<String> response = site.post("/consent", "choice=reject&back=" + back);
      assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
    }
  }

  @Test
  void aPostFromAnotherSiteIsRefusedAndSetsNothing() {
    HttpResponse<String> foreign =
        site.post("/consent", "choice=accept&back=%2F", "Origin", "https://evil.example");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> crossSite =
        site.post("/consent", "choice=accept&back=%2F", "Sec-Fetch-Site", "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = site.post("/consent", "choice=maybe&back=%2F");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void embedsAreAClickToLoadPlaceholderUntilEmbedsAreAllowed() {
    Document before = Jsoup.parse(site.get("/city/tram-line-opens").body());
    assertThat(before.select("iframe")).isEmpty();
    Element placeholder = before.selectFirst(".embed-placeholder");
    assertThat(placeholder.selectFirst("form").attr("action")).isEqualTo("/consent");
    assertThat(placeholder.select("input[name=choice]").val()).isEqualTo("embeds");
    assertThat(placeholder.select("button").text()).contains("Load video");

    HttpResponse<String> load =
        site.post("/consent", "choice=embeds&back=%2Fcity%2Ftram-line-opens");
    String cookie = load.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("consent=v1-a0-m0-e1");
    Document after =
        Jsoup.parse(
            site.get("/city/tram-line-opens", "Cookie", cookie.substring(0, cookie.indexOf(';')))
                .body());
    assertThat(after.selectFirst("iframe").attr("src"))
        .isEqualTo("https://www.youtube-nocookie.com/embed/tram-video");
    Document rejected =
        Jsoup.parse(site.get("/city/tram-line-opens", "Cookie", "consent=v1-a1-m1-e0").body());
    assertThat(rejected.select("iframe")).isEmpty();
  }
}
