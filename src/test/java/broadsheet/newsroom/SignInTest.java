package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing in done safely: denied by default, rotated sessions, throttling, CSRF, no caching. */
class SignInTest {
  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void everyNewsroomPageIsDeniedUntilSignedInAndNeverCached() {
    for (String path :
        List.of(
            "/admin", "/admin/articles", "/admin/articles/1", "/admin/accounts", "/admin/media")) {
      HttpResponse<String> response = site.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .startsWith("/admin/login?next=");
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }
    assertThat(site.post("/admin/articles", "headline=x").statusCode()).isEqualTo(403);
    HttpResponse<String> login = site.get("/admin/login");
    assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(HtmlChecker.errors(login.body())).isEmpty();
  }

  @Test
  void signingInRotatesTheSessionAndSetsASafeCookie() {
    Staff staff = Staff.signedIn(site, "editor@test.example", "editor");
    String first = staff.cookie("newsroom_session");
    assertThat(first).isNotBlank();
    HttpResponse<String> list = staff.get("/admin/articles");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(HtmlChecker.errors(list.body())).isEmpty();

    HttpResponse<String> again =
        staff.signIn("editor@test.example", "a long test password editor", "/admin");
    String setCookie =
        again.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("newsroom_session="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
    assertThat(staff.cookie("newsroom_session")).isNotEqualTo(first);
    // The old session is gone: a request with it is sent to sign in.
    assertThat(site.get("/admin/articles", "Cookie", "newsroom_session=" + first).statusCode())
        .isEqualTo(303);
  }

  @Test
  void nextOnlyEverLeadsInsideTheNewsroom() {
    Staff.signedIn(site, "author@test.example", "author");
    for (String next :
        List.of("//evil.example", "https://evil.example/admin", "/admin\\@evil", "/world")) {
      Staff staff = Staff.anonymous(site);
      HttpResponse<String> response =
          staff.signIn("author@test.example", "a long test password author", next);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .as(next)
          .isEqualTo("/admin");
    }
    Staff staff = Staff.anonymous(site);
    assertThat(
            staff
                .signIn(
                    "author@test.example",
                    "a long test password author",
                    "/admin/articles?status=draft")
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .isEqualTo("/admin/articles?status=draft");
  }

  /** An email no account can have (longer than the column, or with a NUL) fails as on SQLite. */
  @Test
  void anEmailNoAccountCanHaveIsRefusedLikeAnyOther() {
    Staff stranger = Staff.anonymous(site);
    for (String email :
        new String[] {"a".repeat(5000) + "@test.example", "editor\0@test.example", "\0"}) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> refused = stranger.signIn(email, "any password at all", "/admin");
        assertThat(refused.statusCode())
            .as(email.substring(0, Math.min(10, email.length())))
            .isEqualTo(401);
        assertThat(refused.body()).contains("That email and password do not match an account.");
      }
    }
  }

  /**
   * Without --trusted-proxy the connection's address counts, whatever X-Forwarded-For claims: five
   * wrong passwords "from" one address hold up the sixth attempt "from" another (the same pair).
   */
  @Test
  void failedSignInsAreThrottledAndXForwardedForIsIgnoredWithoutATrustedProxy() {
    Staff.signedIn(site, "victim@test.example", "author");
    Staff attacker = Staff.anonymous(site).forwardedFor("203.0.113.7");
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      assertThat(
              attacker.signIn("victim@test.example", "wrong password " + i, "/admin").statusCode())
          .isEqualTo(401);
    }
    Staff elsewhere = Staff.anonymous(site).forwardedFor("198.51.100.9");
    HttpResponse<String> blocked =
        elsewhere.signIn("victim@test.example", "a long test password author", "/admin");
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).contains("1");
    assertThat(elsewhere.cookie("newsroom_session")).isNull();
  }

  @Test
  void aMissingOrWrongCsrfTokenIsRefusedAndChangesNothing() {
    Staff staff = Staff.signedIn(site, "editor@test.example", "editor");
    Map<String, String> form =
        Map.of("headline", "Forged", "section", "1", "body", "x", "authors", "1");
    assertThat(
            staff
                .post(
                    "/admin/articles",
                    Map.of("_csrf", "wrong", "headline", "Forged", "section", "1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            staff
                .post("/admin/articles", Map.of("_csrf", "", "headline", "Forged", "section", "1"))
                .statusCode())
        .isEqualTo(403);
    assertThat(staff.get("/admin/articles?q=Forged").body()).contains("No articles match");
    assertThat(staff.post("/admin/articles", form).statusCode()).isEqualTo(303);
  }

  @Test
  void signingOutEndsTheSessionAndPasswordsCanBeChanged() {
    Staff staff = Staff.signedIn(site, "editor@test.example", "editor");
    HttpResponse<String> refused =
        staff.post(
            "/admin/password", Map.of("current", "not it", "password", "short", "repeat", "short"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("That is not your current password", "at least 12");
    assertThat(HtmlChecker.errors(refused.body())).isEmpty();
    String newPassword = "a brand new password for the editor";
    assertThat(
            staff
                .post(
                    "/admin/password",
                    Map.of(
                        "current",
                        "a long test password editor",
                        "password",
                        newPassword,
                        "repeat",
                        newPassword))
                .statusCode())
        .isEqualTo(200);
    String session = staff.cookie("newsroom_session");
    assertThat(staff.post("/admin/logout", Map.of()).statusCode()).isEqualTo(303);
    assertThat(site.get("/admin/articles", "Cookie", "newsroom_session=" + session).statusCode())
        .isEqualTo(303);
    assertThat(
            Staff.anonymous(site).signIn("editor@test.example", newPassword, "/admin").statusCode())
        .isEqualTo(303);
  }

  @Test
  void theFirstAdminIsCreatedFromAOneTimeSetupLink() {
    String link = site.app().setupLink();
    assertThat(link).contains("/admin/setup?token=");
    String path = link.substring(link.indexOf("/admin/setup"));
    Staff admin = Staff.anonymous(site);
    var form = admin.get(path);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(HtmlChecker.errors(form.body())).isEmpty();
    var doc = org.jsoup.Jsoup.parse(form.body());
    HttpResponse<String> created =
        admin.post(
            "/admin/setup",
            Map.of(
                "_login",
                doc.selectFirst("input[name=_login]").val(),
                "token",
                doc.selectFirst("input[name=token]").val(),
                "name",
                "First Admin",
                "email",
                "first@test.example",
                "password",
                "a long first admin password"),
            false);
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
    assertThat(Staff.anonymous(site).get(path).statusCode()).isEqualTo(404);
    assertThat(site.app().setupLink()).isNull();
  }

  @Test
  void aSessionEndsAfterTwoIdleHoursAndAfterAWeekHoweverBusy() {
    Staff idle = Staff.signedIn(site, "idle@test.example", "editor");
    site.clock().advance(SessionStore.IDLE.minusMinutes(5));
    assertThat(idle.get("/admin/articles").statusCode()).isEqualTo(200);
    site.clock().advance(SessionStore.IDLE.plusMinutes(1));
    assertThat(idle.get("/admin/articles").statusCode()).isEqualTo(303);

    Staff busy = Staff.signedIn(site, "busy@test.example", "editor");
    Duration step = SessionStore.IDLE.minusMinutes(5);
    Duration used = Duration.ZERO;
    while (used.plus(step).compareTo(SessionStore.LIFETIME) < 0) {
      site.clock().advance(step);
      used = used.plus(step);
      assertThat(busy.get("/admin/articles").statusCode()).as("after " + used).isEqualTo(200);
    }
    site.clock().advance(SessionStore.LIFETIME.minus(used).plusMinutes(1));
    assertThat(busy.get("/admin/articles").statusCode()).isEqualTo(303);
  }
}
