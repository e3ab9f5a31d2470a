package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.ServerConfig;
import broadsheet.config.TrustedProxies;
import broadsheet.newsroom.Newsroom;
import broadsheet.newsroom.Staff;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every kind of route answers with the security headers, whether a route, an error page, the page
 * cache in front or Jetty itself answers: public pages (misses and hits), 304s, redirects, search,
 * consent, feeds, sitemaps, robots.txt, static files, media, health, the newsroom, 404 and 410 (the
 * 503 of a store away is checked in {@link StoreOutageTest}).
 */
class SecurityHeadersTest {
  /** One request of every route the app registers, each asked twice (a cache miss, then a hit). */
  static final List<String> PUBLIC_PATHS =
      List.of(
          "/",
          "/world",
          "/world?page=2",
          "/world/world-story-5",
          "/city/tram-line-opens",
          "/tag/trams",
          "/author/ada-quill",
          "/page/about",
          "/search?q=tram",
          "/search",
          "/consent",
          "/feed.xml",
          "/atom.xml",
          "/world/feed.xml",
          "/tag/trams/feed.xml",
          "/author/ada-quill/feed.xml",
          "/sitemap.xml",
          "/news-sitemap.xml",
          "/robots.txt",
          "/healthz",
          "/readyz",
          "/static/site.css",
          "/static/favicon.png",
          "/media/no-such-image.jpg",
          "/no-such-section",
          "/world/no-such-story",
          "/city/withdrawn-story",
          "/world/",
          "/?p=1",
          "/admin",
          "/admin/login");

  static final List<String> NEWSROOM_PATHS =
      List.of(
          "/admin/articles",
          "/admin/articles/new",
          "/admin/articles/1",
          "/admin/articles/1/history",
          "/admin/tags",
          "/admin/pages",
          "/admin/password",
          "/admin/media",
          "/admin/sections",
          "/admin/accounts",
          "/admin/import",
          "/admin/no-such-page");

  /** Referrer policies at least as strict as the site's own. */
  static final Set<String> REFERRER_POLICIES =
      Set.of("strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer");

  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void everyPublicRouteCarriesTheHeadersOnMissesAndHitsAlike() {
    List<Integer> statuses = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (String path : PUBLIC_PATHS) {
        HttpResponse<String> response = site.get(path);
        statuses.add(response.statusCode());
        check(path, response, false);
      }
    }
    assertThat(statuses).contains(200, 301, 303, 404, 410);
  }

  @Test
  void notModifiedAndHeadAnswersCarryThemToo() {
    for (String path : List.of("/world/world-story-5", "/static/site.css", "/feed.xml")) {
      for (int pass = 0; pass < 2; pass++) {
        HttpResponse<String> page = site.get(path);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        check(path + " (304)", again, false);
        HttpResponse<String> head =
            site.send(
                HttpRequest.newBuilder(java.net.URI.create(site.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build());
        check(path + " (HEAD)", head, false);
      }
    }
  }

  @Test
  void formPostsAndTheNewsroomCarryThem() {
    HttpResponse<String> consent = site.post("/consent", "choice=reject");
    check("POST /consent", consent, false);
    Staff admin = Staff.signedIn(site, "admin@test.example", "admin");
    String cookie = Newsroom.STAFF_COOKIE + "=" + admin.cookie(Newsroom.STAFF_COOKIE);
    for (String path : NEWSROOM_PATHS) {
      HttpResponse<String> response = site.get(path, "Cookie", cookie);
      check(path, response, false);
    }
    // Signed-in staff pass the page cache: the public pages they see carry the headers as well.
    for (String path : List.of("/", "/world/world-story-5", "/search?q=tram")) {
      check(path + " (staff)", site.get(path, "Cookie", cookie), false);
    }
    HttpResponse<String> saved = admin.post("/admin/articles", Map.of("headline", ""));
    check("POST /admin/articles", saved, false);
  }

  @Test
  void aBadRequestJettyAnswersItselfCarriesThem() {
    HttpResponse<String> response =
        site.get("/world/world-story-5", "If-None-Match", "\"x\"", "Accept-Encoding", "gzip");
    check("gzip", response, false);
    HttpResponse<String> bad = site.get("/%2e%2e/%00");
    assertThat(bad.statusCode()).isBetween(400, 499);
    check("bad path", bad, false);
  }

  /**
   * HSTS goes with https only: here a trusted proxy (this machine) says the reader came over https,
   * on misses and hits, static files and errors alike; the same proxy without the header, or any
   * peer not trusted, gets none, even with an https base URL.
   */
  @Test
  void overHttpsBrowsersAreToldToKeepToIt() {
    RunningSite behindProxy =
        RunningSite.with(Fixtures::smallPaper)
            .configured(
                c ->
                    new ServerConfig(
                            c.port(),
                            c.dataDir(),
                            c.dbUrl(),
                            "https://news.example",
                            c.previewHost())
                        .withPageCache(c.pageCache())
                        .withConnection(c.connection())
                        .withTrustedProxies(THIS_MACHINE));
    behindProxy.start();
    try {
      for (int pass = 0; pass < 2; pass++) {
        for (String path : List.of("/", "/world/world-story-5", "/static/site.css", "/nope")) {
          check(path, behindProxy.get(path, ForwardedHttps.HEADER, "https"), true);
          check(path + " (http)", behindProxy.get(path, ForwardedHttps.HEADER, "http"), false);
          check(path + " (no header)", behindProxy.get(path), false);
          check(
              path + " (a proxy that said http nearest)",
              behindProxy.get(path, ForwardedHttps.HEADER, "https, http"),
              false);
        }
      }
    } finally {
      behindProxy.close();
    }
    // No proxy is trusted here: the same header from this machine counts for nothing.
    for (String path : List.of("/", "/world/world-story-5", "/static/site.css", "/nope")) {
      check(path + " (untrusted)", site.get(path, ForwardedHttps.HEADER, "https"), false);
    }
  }

  /**
   * Cookies are Secure over https only, and a peer's X-Forwarded-Proto makes a request https only
   * when the peer is a trusted proxy: the sign-in form's cookie (the session's is set the same way)
   * and the consent's.
   */
  @Test
  void cookiesAreSecureOnlyWhenATrustedProxySaysHttps() {
    assertThat(cookies(site, "https")).isNotEmpty().noneMatch(SecurityHeadersTest::secure);
    RunningSite behindProxy =
        RunningSite.with(Fixtures::smallPaper).configured(c -> c.withTrustedProxies(THIS_MACHINE));
    behindProxy.start();
    try {
      assertThat(cookies(behindProxy, "https")).hasSize(2).allMatch(SecurityHeadersTest::secure);
      assertThat(cookies(behindProxy, "http")).hasSize(2).noneMatch(SecurityHeadersTest::secure);
    } finally {
      behindProxy.close();
    }
  }

  /** This machine, as the test's client reaches the site (over IPv4 or IPv6). */
  static final TrustedProxies THIS_MACHINE = TrustedProxies.parse("127.0.0.1, ::1");

  /** The sign-in form's cookie and the consent's, asked with this forwarded scheme. */
  private static List<String> cookies(RunningSite on, String proto) {
    List<String> cookies = new ArrayList<>();
    cookies.addAll(
        on.get("/admin/login", ForwardedHttps.HEADER, proto).headers().allValues("Set-Cookie"));
    cookies.addAll(
        on.post("/consent", "choice=reject", ForwardedHttps.HEADER, proto)
            .headers()
            .allValues("Set-Cookie"));
    return cookies;
  }

  private static boolean secure(String setCookie) {
    return setCookie.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure(;.*|$)");
  }

  /** The headers every response must carry, and Vary: Cookie on pages that show the consent. */
  static void check(String what, HttpResponse<?> response, boolean https) {
    HttpHeaders headers = response.headers();
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .as(what + ": Content-Security-Policy")
        .contains(
            "script-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
    assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(headers.allValues("Referrer-Policy")).as(what).hasSize(1);
    assertThat(headers.firstValue("Referrer-Policy").orElseThrow())
        .as(what)
        .isIn(REFERRER_POLICIES);
    assertThat(headers.firstValue("Permissions-Policy").orElse(""))
        .as(what)
        .contains("camera=()", "geolocation=()", "microphone=()");
    if (https) {
      assertThat(headers.firstValue("Strict-Transport-Security").orElse(""))
          .as(what)
          .startsWith("max-age=");
    } else {
      assertThat(headers.firstValue("Strict-Transport-Security")).as(what).isEmpty();
    }
    String type = headers.firstValue("Content-Type").orElse("");
    String cacheControl = headers.firstValue("Cache-Control").orElse("");
    if (type.startsWith("text/html") && cacheControl.contains("public")) {
      assertThat(String.join(",", headers.allValues("Vary")))
          .as(what + ": a page that differs with the consent cookie")
          .contains("Cookie");
    }
  }
}
