package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept statements are reused, never lent twice at once, and leave no stale state behind. */
class StatementCacheTest {
  @TempDir Path dir;

  private static final String ONE = "SELECT ? + 1";

  @Test
  void aStatementGivenBackIsTheOneLentNextAndOneInUseIsNeverLentAgain() throws Exception {
    try (Database db = Database.inDataDir(dir)) {
      StatementCache cache = new StatementCache();
      db.jdbi()
          .useHandle(
              h -> {
                var first = cache.take(h.getConnection(), ONE);
                var meanwhile = cache.take(h.getConnection(), ONE);
                assertThat(meanwhile).isNotSameAs(first);
                cache.giveBack(first);
                cache.giveBack(meanwhile);
                var again = cache.take(h.getConnection(), ONE);
                assertThat(again).isIn(first, meanwhile);
                assertThat(again.isClosed()).isFalse();
                cache.giveBack(again);
              });
    }
  }

  @Test
  void queriesNestInsideTheSameTextAndBindFreshParametersEachTime() {
    try (Database db = Database.inDataDir(dir)) {
      List<String> pairs =
          db.jdbi()
              .withHandle(
                  h ->
                      db.queries()
                          .list(
                              h,
                              "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2)"
                                  + " WHERE value >= ? ORDER BY value",
                              rs -> {
                                long outer = rs.getLong(1);
                                // The same text again while the outer one is still being read.
                                List<Long> inner =
                                    db.queries()
                                        .list(
                                            h,
                                            "SELECT value FROM (SELECT 1 AS value UNION ALL"
                                                + " SELECT 2) WHERE value >= ? ORDER BY value",
                                            r -> r.getLong(1),
                                            outer);
                                return outer + ":" + inner;
                              },
                              1L));
      assertThat(pairs).containsExactly("1:[1, 2]", "2:[2]");
      // Through Jdbi, whose statements come from the same cache: no parameter is left over.
      for (int n = 0; n < 3; n++) {
        int i = n;
        int answer =
            db.jdbi().withHandle(h -> h.createQuery(ONE).bind(0, i).mapTo(Integer.class).one());
        assertThat(answer).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void aParameterOfAnUnknownKindIsRefusedClearly() {
    try (Database db = Database.inDataDir(dir)) {
      assertThatThrownBy(() -> db.jdbi().withHandle(h -> db.queries().list(h, ONE, rs -> 1, 1.5d)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot bind 1.5 as parameter 1");
    }
  }
}
