package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's transaction on SQLite: committed whole or not at all, its log copied afterwards. */
class LargeTransactionTest {
  @TempDir Path dir;

  @Test
  void aCommittedTransactionReachesTheStoreFileWithoutAnotherCommit() throws Exception {
    Path file = dir.resolve("broadsheet.db");
    try (Database db = Database.inDataDir(dir)) {
      db.jdbi().useHandle(h -> h.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT)"));
      long before = Files.size(file);
      String body = "words of a long article ".repeat(200);
      // Two in a row: the second commits while the first one's log may still be being copied.
      for (int round = 0; round < 2; round++) {
        db.useLargeTransaction(
            h -> {
              for (int i = 0; i < 1_000; i++) {
                h.execute("INSERT INTO bulk (body) VALUES (?)", body);
              }
            });
      }
      // The committing connection leaves its log alone; the copy into the file comes by itself.
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (Files.size(file) < before + 9_000_000 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(Files.size(file)).isGreaterThan(before + 9_000_000);
      assertThat(count(db)).isEqualTo(2_000);
      assertEveryConnectionHasSqliteDefaults(db);
    }
  }

  @Test
  void aFailedTransactionLeavesNothingAndTheConnectionsAsTheyWere() {
    try (Database db = Database.inDataDir(dir)) {
      db.jdbi().useHandle(h -> h.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT)"));
      assertThatThrownBy(
              () ->
                  db.useLargeTransaction(
                      h -> {
                        h.execute("INSERT INTO bulk (body) VALUES ('half')");
                        throw new IllegalStateException("the file broke off");
                      }))
          .hasMessage("the file broke off");
      assertThat(count(db)).isZero();
      assertEveryConnectionHasSqliteDefaults(db);
    }
  }

  private static int count(Database db) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM bulk").mapTo(Integer.class).one());
  }

  /** Holds every connection of the pool at once, so the one the transaction used is among them. */
  private static void assertEveryConnectionHasSqliteDefaults(Database db) {
    List<Handle> handles = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        handles.add(db.jdbi().open());
      }
      for (Handle h : handles) {
        assertThat(pragma(h, "wal_autocheckpoint")).isEqualTo(1000);
        assertThat(pragma(h, "cache_size")).isEqualTo(-2000);
      }
    } finally {
      handles.forEach(Handle::close);
    }
  }

  private static int pragma(Handle h, String name) {
    return h.createQuery("PRAGMA " + name).mapTo(Integer.class).one();
  }
}
