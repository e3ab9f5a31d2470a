package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway runs when the store is behind, and is skipped only when it is exactly current. */
class MigrationsTest {
  @TempDir Path dir;

  private static int applied(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                    .mapTo(Integer.class)
                    .one());
  }

  private static int newestApplied(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history"
                            + " WHERE version IS NOT NULL")
                    .mapTo(Integer.class)
                    .one());
  }

  /** How many migrations this build bundles (their numbers may skip one not yet merged). */
  private static int bundled() throws Exception {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return (int)
          files.filter(f -> f.getFileName().toString().matches("V[0-9]+__.*\\.sql")).count();
    }
  }

  @Test
  void aNewStoreGetsEveryMigrationAndAReopenedOneIsLeftAlone() throws Exception {
    int newest = Migrations.newestBundled();
    int bundled = bundled();
    assertThat(newest).isGreaterThanOrEqualTo(3);
    assertThat(bundled).isGreaterThanOrEqualTo(3);
    try (Database db = TestStore.open(dir)) {
      assertThat(applied(db)).isEqualTo(bundled);
      assertThat(newestApplied(db)).isEqualTo(newest);
    }
    try (Database db = TestStore.open(dir)) {
      assertThat(applied(db)).isEqualTo(bundled);
      // Forget the newest step (and undo what it made): the next open must apply it again.
      String script = newestScript(newest);
      // A step that only changes a column's type (V6) runs again as it is: nothing to undo.
      List<String> tables = matches(script, "CREATE TABLE (\\w+)");
      db.jdbi()
          .useHandle(
              h -> {
                for (String column : matches(script, "ALTER TABLE (\\w+ DROP COLUMN \\w+)")) {
                  h.execute("ALTER TABLE " + column);
                }
                for (String table : tables.reversed()) {
                  h.execute("DROP TABLE " + table);
                }
                h.execute("DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");
              });
    }
    try (Database db = TestStore.open(dir)) {
      assertThat(applied(db)).isEqualTo(bundled);
      assertThat(newestApplied(db)).isEqualTo(newest);
      String script = newestScript(newest);
      for (String table : matches(script, "CREATE TABLE (\\w+)")) {
        // Empty again, but for the rows the step itself writes (a table's one row of state);
        // an INSERT … SELECT copies rows of other tables, none in a new store.
        int written = matches(script, "INSERT INTO (" + table + ") [^;]*VALUES").size();
        int rows =
            db.jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
        assertThat(rows).as(table).isEqualTo(written);
      }
    }
  }

  /** The newest migration's SQL, with its ADD COLUMN steps written as their undoing. */
  private static String newestScript(int newest) throws Exception {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith("V" + newest + "__"))
              .findFirst()
              .orElseThrow();
      return Files.readString(file).replaceAll("ADD COLUMN (\\w+)", "DROP COLUMN $1");
    }
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new java.util.ArrayList<>();
    var m = java.util.regex.Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
