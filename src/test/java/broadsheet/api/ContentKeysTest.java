package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.cli.Run;
import broadsheet.config.ContentKeySettings;
import broadsheet.newsroom.Staff;
import broadsheet.store.Database;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content keys (--api-keys required): made and revoked by admins in the newsroom, kept hashed,
 * asked of every request but the OpenAPI document, and limited to a rate per key.
 */
class ContentKeysTest {
  private static final int PER_MINUTE = 3;

  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(Fixtures::smallPaper)
          .configured(c -> c.withContentKeys(new ContentKeySettings(true, PER_MINUTE)));

  private static final ApiClient api = new ApiClient(site, "/api/v1/openapi.json");

  private static String makeKey(Staff admin, String app) {
    HttpResponse<String> made = admin.post("/admin/content-keys", Map.of("name", app));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(HtmlChecker.errors(made.body())).isEmpty();
    return Jsoup.parse(made.body()).selectFirst(".notice code").text();
  }

  @Test
  void withoutALiveKeyTheApiAnswers401ButTheDocumentIsOpen() {
    var none = api.get("/api/v1/articles");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().path("errors").get(0).path("field").asText()).isEqualTo("X-Api-Key");
    assertThat(none.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(api.get("/api/v1/sections", "X-Api-Key", "bsk_made-up").status()).isEqualTo(401);
    assertThat(site.get("/api/v1/openapi.json").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminMakesAKeyPerAppSeenOnceKeptHashedAndRevocable() {
    Staff admin = Staff.signedIn(site, "keys-admin@test.example", "admin");
    HttpResponse<String> page = admin.get("/admin/content-keys");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(HtmlChecker.errors(page.body())).isEmpty();
    String key = makeKey(admin, "Partner app");
    assertThat(key).startsWith("bsk_");
    assertThat(admin.get("/admin/content-keys").body()).contains("Partner app").doesNotContain(key);
    String stored =
        site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT key_hash FROM content_keys WHERE name = 'Partner app'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).hasSize(64).doesNotContain(key);

    assertThat(api.get("/api/v1/settings", "X-Api-Key", key).status()).isEqualTo(200);
    String id =
        Jsoup.parse(admin.get("/admin/content-keys").body())
            .select("tr:has(td:containsOwn(Partner app)) form[action$=/revoke]")
            .attr("action");
    HttpResponse<String> revoked = admin.post(id, Map.of());
    assertThat(revoked.statusCode()).isEqualTo(303);
    // Each node remembers a key's answer a few seconds at most.
    site.clock().advance(ContentKeys.REMEMBER.plusSeconds(1));
    assertThat(api.get("/api/v1/settings", "X-Api-Key", key).status()).isEqualTo(401);
    assertThat(admin.get("/admin/content-keys").body()).contains("Revoked");
  }

  @Test
  void onlyAdminsManageKeysAndOnlyWithTheFormToken() {
    Staff editor = Staff.signedIn(site, "keys-editor@test.example", "editor");
    assertThat(editor.get("/admin/content-keys").statusCode()).isEqualTo(403);
    assertThat(editor.post("/admin/content-keys", Map.of("name", "Sneaky")).statusCode())
        .isEqualTo(403);
    Staff admin = Staff.signedIn(site, "keys-admin2@test.example", "admin");
    assertThat(
            admin
                .post("/admin/content-keys", Map.of("name", "No token", "_csrf", "wrong"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> blank = admin.post("/admin/content-keys", Map.of("name", "  "));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(HtmlChecker.errors(blank.body())).isEmpty();
    int made =
        site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM content_keys"
                                + " WHERE name IN ('Sneaky', 'No token')")
                        .mapTo(Integer.class)
                        .one());
    assertThat(made).isZero();
  }

  @Test
  void aKeyPastItsRateGets429WithRetryAfterThenGoesOn() {
    Staff admin = Staff.signedIn(site, "keys-admin3@test.example", "admin");
    String key = makeKey(admin, "Busy app");
    for (int i = 0; i < PER_MINUTE; i++) {
      assertThat(api.get("/api/v1/articles/world-story-2", "X-Api-Key", key).status())
          .isEqualTo(200);
    }
    var limited = api.get("/api/v1/articles/world-story-2", "X-Api-Key", key);
    assertThat(limited.status()).isEqualTo(429);
    long wait = Long.parseLong(limited.header("Retry-After"));
    assertThat(wait).isBetween(1L, 60L);
    assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
    site.clock().advance(Duration.ofSeconds(wait));
    var again = api.get("/api/v1/articles/world-story-2", "X-Api-Key", key);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Cache-Control")).startsWith("private");
  }

  @Test
  void theReferencePageShowsTheKeyInEachExample() {
    HttpResponse<String> page = site.get("/api");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("pre code").eachText())
        .allMatch(curl -> curl.contains("X-Api-Key"));
  }

  @Test
  void aBackupCarriesTheKeys(@TempDir Path temp) throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    String key;
    try (Database db = Database.inDataDir(data)) {
      key = new ContentKeys(db, Clock.systemUTC()).create("Backed-up app", null);
    }
    Path file = temp.resolve("backup.zip");
    Run backup = Run.of(Map.of(), List.of(), "backup", file.toString(), "--data", data.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();
    Path restored = temp.resolve("restored");
    Run restore =
        Run.of(Map.of(), List.of(), "restore", file.toString(), "--data", restored.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    try (Database db = Database.inDataDir(restored)) {
      assertThat(new ContentKeys(db, Clock.systemUTC()).check(key)).isPositive();
    }
  }
}
