package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.App;
import broadsheet.TestPostgres;
import broadsheet.changes.ChangeLog;
import broadsheet.config.ServerConfig;
import broadsheet.demo.DemoPaper;
import broadsheet.store.Database;
import broadsheet.wordpress.WxrImport;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `broadsheet migrate`: a whole site to PostgreSQL and back, unchanged, or one line why not. */
class MigrateTest {
  private static final String BASE = "https://gazette.example";
  private static final String SECRET = "Hush-7f3a";

  @TempDir Path temp;

  @Test
  void aSiteMovedToPostgreSQLAndBackHasTheSameTablesAndPages() throws Exception {
    String pg = TestPostgres.fresh();
    Path original = temp.resolve("original");
    long withdrawn = seed(original);
    Map<String, String> pagesBefore = pages(new ServerConfig(0, original, null, BASE, null));
    Map<String, List<String>> tablesBefore = tables(original);

    Path pgData = temp.resolve("pg-data");
    Run there = migrate("--from", original.toString(), "--to", pg, "--data", pgData.toString());
    assertThat(there.exit()).as(there.err()).isZero();
    assertThat(there.out())
        .contains("Verified: every table has the same row count and checksum in both stores.")
        .contains("Search index of " + pgData + " rebuilt")
        .doesNotContain(pg.replaceFirst(".*password=", ""));
    try (Database db = Database.open(pg)) {
      // The next article gets an id past every id the old store ever gave, the withdrawn one too.
      long next =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT nextval(pg_get_serial_sequence('articles', 'id'))")
                          .mapTo(Long.class)
                          .one());
      assertThat(next).isGreaterThan(withdrawn);
    }
    assertThat(pages(new ServerConfig(0, pgData, pg, BASE, null))).isEqualTo(pagesBefore);

    Path back = temp.resolve("back");
    Run again = migrate("--from", pg, "--to", back.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("Verified:");
    Map<String, List<String>> tablesAfter = tables(back);
    tablesAfter.get("sqlite_sequence").removeIf(row -> row.contains("name=articles"));
    tablesBefore.get("sqlite_sequence").removeIf(row -> row.contains("name=articles"));
    // A copy is another store to the nodes that follow it: the same rows but its own identity.
    assertThat(tablesAfter.remove("change_feed")).isNotEqualTo(tablesBefore.remove("change_feed"));
    assertThat(tablesAfter).isEqualTo(tablesBefore);
    assertThat(pages(new ServerConfig(0, back, null, BASE, null))).isEqualTo(pagesBefore);
  }

  @Test
  void badInputIsOneLineAndWritesNothing() throws Exception {
    Path site = temp.resolve("site");
    seed(site);
    Run unknown = migrate("--from", "mysql://web:" + SECRET + "@db/news", "--to", site.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.errLines().get(0))
        .startsWith("broadsheet: unknown store mysql://web:***@db/news");

    Run same =
        migrate("--from", site.toString(), "--to", "sqlite:" + site.resolve("broadsheet.db"));
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.errLines()).hasSize(1);
    assertThat(same.errLines().get(0)).contains("the same store");

    Run nothing = migrate("--from", temp.resolve("nowhere").toString(), "--to", site.toString());
    assertThat(nothing.exit()).isEqualTo(1);
    assertThat(nothing.errLines()).hasSize(1);
    assertThat(nothing.errLines().get(0)).contains("no store to copy");
    assertThat(Files.exists(temp.resolve("nowhere"))).isFalse();

    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Run unreachable =
        migrate(
            "--from",
            site.toString(),
            "--to",
            "jdbc:postgresql://127.0.0.1:" + closed + "/news?password=" + SECRET);
    assertThat(unreachable.exit()).isEqualTo(1);
    assertThat(unreachable.errLines()).hasSize(1);
    assertThat(unreachable.errLines().get(0))
        .startsWith("broadsheet: cannot connect to database news on 127.0.0.1:" + closed)
        .doesNotContain(SECRET);
  }

  @Test
  void aTargetWithContentIsRefusedUnlessReplacedAndAFailedCopyLeavesItAsItWas() throws Exception {
    String pg = TestPostgres.fresh();
    Path site = temp.resolve("site");
    seed(site);
    Path data = temp.resolve("pg-data");
    assertThat(migrate("--from", site.toString(), "--to", pg, "--data", data.toString()).exit())
        .isZero();
    Map<String, Long> copied = counts(pg);

    Run refused = migrate("--from", site.toString(), "--to", pg, "--data", data.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.errLines()).hasSize(1);
    assertThat(refused.errLines().get(0))
        .contains("already holds content")
        .contains("--replace")
        .contains("nothing was written");

    // A value PostgreSQL refuses (SQLite keeps any length): the copy stops, the target is as it
    // was, the replaced content included.
    try (Database db = Database.inDataDir(site)) {
      db.jdbi().useHandle(h -> h.execute("UPDATE tags SET name = ? WHERE id = 1", "t".repeat(300)));
    }
    Run failed =
        migrate("--from", site.toString(), "--to", pg, "--data", data.toString(), "--replace");
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.errLines()).hasSize(1);
    assertThat(failed.errLines().get(0)).contains("table tags").contains("nothing was written");
    assertThat(counts(pg)).isEqualTo(copied);

    try (Database db = Database.inDataDir(site)) {
      db.jdbi().useHandle(h -> h.execute("UPDATE tags SET name = 'Trams' WHERE id = 1"));
      db.jdbi().useHandle(h -> h.execute("DELETE FROM corrections"));
    }
    Run replaced =
        migrate("--from", site.toString(), "--to", pg, "--data", data.toString(), "--replace");
    assertThat(replaced.exit()).as(replaced.err()).isZero();
    assertThat(counts(pg)).doesNotContainKey("corrections");
  }

  private static Run migrate(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("migrate"));
    all.addAll(List.of(args));
    return Run.of(Map.of(), List.of(), all.toArray(String[]::new));
  }

  /**
   * The demo paper, a WordPress post with its old address, a section whose parent came after it,
   * and a withdrawn article with the highest id; returns that id.
   */
  static long seed(Path dir) throws Exception {
    try (Database db = Database.inDataDir(dir)) {
      DemoPaper.seed(db, Instant.parse("2026-11-20T08:30:00Z"));
      Path export = Files.writeString(dir.resolve("one-post.xml"), MainTest.ONE_POST);
      WxrImport.forStore(db, new ChangeLog(db, "test")).run(export, done -> {});
      return db.jdbi()
          .inTransaction(
              h -> {
                h.execute("INSERT INTO sections (slug, name) VALUES ('weather', 'Weather')");
                h.execute("INSERT INTO sections (slug, name) VALUES ('outdoors', 'Outdoors')");
                h.execute(
                    "UPDATE sections SET parent_id = (SELECT id FROM sections WHERE slug ="
                        + " 'outdoors') WHERE slug = 'weather'");
                long last = h.createQuery("SELECT MAX(id) FROM articles").mapTo(Long.class).one();
                h.execute("DELETE FROM articles WHERE id = ?", last);
                return last;
              });
    }
  }

  /** Every page the sitemap lists, the front page, feeds and a search, by path. */
  static Map<String, String> pages(ServerConfig config) throws Exception {
    Map<String, String> bodies = new TreeMap<>();
    HttpClient http = HttpClient.newHttpClient();
    try (App app = App.start(config)) {
      String local = "http://localhost:" + app.port();
      List<String> paths =
          new ArrayList<>(List.of("/", "/feed.xml", "/sitemap.xml", "/search?q=harbour"));
      Matcher loc =
          Pattern.compile("<loc>" + BASE + "([^<]*)</loc>")
              .matcher(get(http, local, "/sitemap.xml"));
      while (loc.find()) {
        paths.add(loc.group(1));
      }
      paths.add("/2025/07/10/harbour-wall/");
      paths.add("/?p=7");
      for (String path : paths) {
        bodies.put(path, get(http, local, path));
      }
    }
    assertThat(bodies).hasSizeGreaterThan(20);
    return bodies;
  }

  private static String get(HttpClient http, String local, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(local + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode()
        + " "
        + response.headers().firstValue("Location").orElse("")
        + "\n"
        + response.body();
  }

  /** Every table of a SQLite store, Flyway's history aside, as sorted rows. */
  private static Map<String, List<String>> tables(Path dir) {
    try (Database db = Database.inDataDir(dir)) {
      return db.jdbi()
          .withHandle(
              h -> {
                Map<String, List<String>> tables = new LinkedHashMap<>();
                for (String table :
                    h.createQuery(
                            "SELECT name FROM sqlite_master WHERE type = 'table'"
                                + " AND name <> 'flyway_schema_history' ORDER BY name")
                        .mapTo(String.class)
                        .list()) {
                  List<String> rows = new ArrayList<>();
                  h.createQuery("SELECT * FROM " + table)
                      .mapToMap()
                      .forEach(row -> rows.add(new TreeMap<>(row).toString()));
                  rows.sort(null);
                  tables.put(table, rows);
                }
                return tables;
              });
    }
  }

  /** Tables of the PostgreSQL store with rows, and how many. */
  private static Map<String, Long> counts(String pg) {
    try (Database db = Database.open(pg)) {
      return db.jdbi()
          .withHandle(
              h -> {
                Map<String, Long> counts = new TreeMap<>();
                for (String table :
                    h.createQuery(
                            "SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = current_schema()"
                                + " AND table_name <> 'flyway_schema_history'")
                        .mapTo(String.class)
                        .list()) {
                  long n = h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
                  if (n > 0) {
                    counts.put(table, n);
                  }
                }
                return counts;
              });
    }
  }
}
