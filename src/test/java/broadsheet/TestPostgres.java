package broadsheet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL a test may empty, named by BROADSHEET_TEST_PG (a JDBC URL; `.ci/run` starts one
 * and sets it). Without it a test that needs PostgreSQL is skipped, except where CI=true: there it
 * fails, so that a PostgreSQL test never goes unnoticed. Test JVMs run side by side, so each has a
 * schema of its own ({@link #fresh}); within one JVM, test classes run one after another.
 */
public final class TestPostgres {
  private TestPostgres() {}

  /**
   * The database's URL set to this JVM's own schema, dropped and made again: nothing of earlier
   * tests. Named as {@link TestStore}'s schemas are (number 0 is never one of its), so one a killed
   * JVM left behind is dropped by a later run.
   */
  public static String fresh() {
    String url = url();
    String schema = "test_" + ProcessHandle.current().pid() + "_0";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("SET client_min_messages TO warning");
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The database's URL as given, with its content as the last test left it. */
  public static String url() {
    String url = System.getenv("BROADSHEET_TEST_PG");
    if (url == null || url.isBlank()) {
      String absent =
          "BROADSHEET_TEST_PG is not set (a JDBC URL of a PostgreSQL database the tests may empty;"
              + " `bash .ci/postgres` makes one)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(absent + "; in CI every PostgreSQL test must run");
      }
      Assumptions.abort(absent + ": skipping");
    }
    return url;
  }
}
