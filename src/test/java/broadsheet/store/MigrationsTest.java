package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

  @Test
  void aNewStoreGetsEveryMigrationAndAReopenedOneIsLeftAlone() {
    int newest = Migrations.newestBundled();
    assertThat(newest).isGreaterThanOrEqualTo(3);
    try (Database db = Database.inDataDir(dir)) {
      assertThat(applied(db)).isEqualTo(newest);
    }
    try (Database db = Database.inDataDir(dir)) {
      assertThat(applied(db)).isEqualTo(newest);
      // Forget the newest step (and undo it): the next open must apply it again.
      db.jdbi()
          .useHandle(
              h -> {
                h.execute("DROP TABLE related_pins");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");
              });
    }
    try (Database db = Database.inDataDir(dir)) {
      assertThat(applied(db)).isEqualTo(newest);
      int pins =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM related_pins")
                          .mapTo(Integer.class)
                          .one());
      assertThat(pins).isZero();
    }
  }
}
