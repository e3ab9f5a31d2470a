package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.App;
import broadsheet.TestClock;
import broadsheet.TestPostgres;
import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.config.ConnectionSettings;
import broadsheet.config.ServerConfig;
import broadsheet.demo.DemoPaper;
import broadsheet.store.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node whose PostgreSQL goes away while it serves: readers get cached pages from memory and a 503
 * with Retry-After for the others, and the node serves as before once the database is back, without
 * a restart, and catches up with the changes other nodes made meanwhile. The database is reached
 * through a relay the test cuts and restores.
 */
class StoreOutageTest {
  @TempDir Path temp;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readersGetCachedPagesOrA503UntilTheDatabaseIsBack() throws Exception {
    String pg = TestPostgres.fresh();
    try (Database db = Database.open(pg)) {
      DemoPaper.seed(db, Instant.now());
    }
    Matcher hostPort = Pattern.compile("//([^:/]+):(\\d+)/").matcher(pg);
    assertThat(hostPort.find()).isTrue();
    try (TcpProxy proxy = new TcpProxy(hostPort.group(1), Integer.parseInt(hostPort.group(2)))) {
      String relayed =
          pg.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/")
              + "&ApplicationName=broadsheet-outage-test";
      ServerConfig config =
          new ServerConfig(0, temp, relayed, null, null)
              .withConnection(new ConnectionSettings(null, 2, Duration.ofSeconds(1)));
      TestClock clock = new TestClock();
      try (App app = App.start(config, App.Limits.DEFAULT, clock)) {
        String base = "http://localhost:" + app.port();
        List<String> articles = articlePaths(base);
        assertThat(articles).hasSizeGreaterThan(3);
        assertThat(get(base, "/").statusCode()).isEqualTo(200);
        // Ready once its search index is built from the store, which a loaded machine takes a while
        // over: this test is about the outage, not the start.
        long ready = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get(base, "/readyz").statusCode() != 200 && System.nanoTime() < ready) {
          Thread.sleep(50);
        }
        assertThat(get(base, "/readyz").statusCode()).isEqualTo(200);

        // The database ends the node's sessions (as a restart of it does): a request that meets
        // one of them gets a 503, at most one per connection of the pool (two here), and the pool
        // replaces them.
        try (Database admin = Database.open(pg)) {
          int ended =
              admin
                  .jdbi()
                  .withHandle(
                      h ->
                          h.createQuery(
                                  "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                      + " WHERE application_name = 'broadsheet-outage-test'")
                              .mapTo(Integer.class)
                              .one());
          assertThat(ended).isPositive();
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3 && !statuses.contains(200); i++) {
          statuses.add(get(base, articles.get(0)).statusCode());
        }
        assertThat(statuses).endsWith(200).allMatch(status -> status == 200 || status == 503);

        // A story this node has cached, which another node retitles during the outage.
        String story =
            articles.stream()
                .filter(p -> !p.matches("/(page|tag|author)/.*"))
                .findFirst()
                .orElseThrow();
        assertThat(get(base, story).statusCode()).isEqualTo(200);

        // The database's host goes away.
        proxy.cut();
        // Long enough for every list the node keeps to want a fresh read from the store.
        clock.advance(Duration.ofMinutes(1));
        assertThat(get(base, "/").statusCode()).as("a cached page").isEqualTo(200);
        assertThat(get(base, articles.get(0)).statusCode()).as("a cached page").isEqualTo(200);
        HttpResponse<String> unavailable = get(base, articles.get(1));
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(unavailable.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(unavailable.body())
            .as("the site's own page, with the navigation last read")
            .contains("<h1", "Temporarily unavailable", "href=\"/world\"");
        assertThat(get(base, articles.get(2)).statusCode()).isEqualTo(503);
        SecurityHeadersTest.check("503", unavailable, false);
        // The node says it should not be sent readers, why, and never from a cache.
        HttpResponse<String> notReady = get(base, "/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("store unreachable");
        assertThat(notReady.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get(base, "/healthz").statusCode()).as("alive all the same").isEqualTo(200);
        // Meanwhile another node, which still reaches the database, retitles a page this one has
        // cached: this node keeps serving the old page while it cannot hear of the change.
        String slug = story.substring(story.lastIndexOf('/') + 1);
        try (Database other = Database.open(pg)) {
          var changes = new ChangeLog(other, "another-node");
          other
              .jdbi()
              .useTransaction(
                  h -> {
                    long id =
                        h.createQuery("SELECT id FROM articles WHERE slug = ?")
                            .bind(0, slug)
                            .mapTo(Long.class)
                            .one();
                    h.execute(
                        "UPDATE articles SET headline = 'Retitled while away' WHERE id = ?", id);
                    changes.append(h, Change.Kind.ARTICLE, id, Instant.now());
                  });
        }
        assertThat(get(base, story).body()).doesNotContain("Retitled while away");

        // It comes back: the same node serves the pages it could not, without a restart.
        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
          status = get(base, articles.get(1)).statusCode();
        }
        assertThat(status).isEqualTo(200);
        assertThat(get(base, articles.get(2)).statusCode()).isEqualTo(200);
        assertThat(get(base, articles.get(3)).statusCode()).isEqualTo(200);
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (get(base, "/readyz").statusCode() != 200) {
          assertThat(System.nanoTime()).as("ready again").isLessThan(deadline);
          Thread.sleep(50);
        }
        // And it catches up with what it missed, by itself: listening again, or by its poll.
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!get(base, story).body().contains("Retitled while away")) {
          assertThat(System.nanoTime()).as("the node caught up").isLessThan(deadline);
          Thread.sleep(50);
        }
      }
    }
  }

  /** The articles' paths as the sitemap lists them. */
  private List<String> articlePaths(String base) throws Exception {
    List<String> paths = new ArrayList<>();
    Matcher loc =
        Pattern.compile("<loc>" + Pattern.quote(base) + "(/[^/<]+/[^/<]+)</loc>")
            .matcher(get(base, "/sitemap.xml").body());
    while (loc.find()) {
      paths.add(loc.group(1));
    }
    return paths;
  }

  private HttpResponse<String> get(String base, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
