package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestPostgres;
import broadsheet.config.ConnectionSettings;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A PostgreSQL store: opened cleanly, with the URL's parameters and the password as given. */
class PostgresStoreTest {
  @Test
  void aFreshDatabaseIsMigratedWithoutAnErrorInTheServersLog() throws Exception {
    String url = TestPostgres.fresh();
    Path log = serverLog(url);
    long before = Files.size(log);
    try (Database db = Database.open(url)) {
      assertThat(tableCount(db)).isGreaterThan(10);
    }
    try (Database db = Database.open(url)) {
      assertThat(tableCount(db)).isGreaterThan(10);
    }
    String database = db(url);
    assertThat(linesSince(log, before))
        .filteredOn(line -> line.contains("@" + database + " "))
        .filteredOn(line -> line.contains("ERROR") || line.contains("FATAL"))
        .isEmpty();
  }

  @Test
  void theUrlsParametersAndAPasswordFromElsewhereReachTheDriver() {
    String url = TestPostgres.fresh();
    String password = url.replaceFirst(".*[?&]password=([^&]*).*", "$1");
    String bare = url.replaceFirst("[?&]password=[^&]*", "") + "&ApplicationName=broadsheet-test";
    var settings = new ConnectionSettings(password, 2, Duration.ofSeconds(3));
    try (Database db = Database.open(bare, settings)) {
      String name =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT application_name FROM pg_stat_activity"
                                  + " WHERE pid = pg_backend_pid()")
                          .mapTo(String.class)
                          .one());
      assertThat(name).isEqualTo("broadsheet-test");
    }
  }

  private static int tableCount(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = current_schema()")
                    .mapTo(Integer.class)
                    .one());
  }

  private static String db(String url) {
    return url.replaceFirst("^jdbc:postgresql://[^/]*/([^?]*).*$", "$1");
  }

  /** Debian's log of the cluster the test database lives on; skips where it cannot be read. */
  private static Path serverLog(String url) throws Exception {
    int major;
    try (Database db = Database.open(url)) {
      major =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SHOW server_version_num").mapTo(Integer.class).one() / 10000);
    }
    TestPostgres.fresh();
    Path log = Path.of("/var/log/postgresql", "postgresql-" + major + "-main.log");
    Assumptions.assumeTrue(
        Files.isReadable(log), log + " cannot be read here: the server's log is not checked");
    return log;
  }

  private static List<String> linesSince(Path log, long offset) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      file.seek(offset);
      byte[] rest = new byte[(int) (file.length() - offset)];
      file.readFully(rest);
      return new String(rest, StandardCharsets.UTF_8).lines().toList();
    }
  }
}
