package broadsheet.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the store to the current schema with Flyway. Starting Flyway costs most of a second, so a
 * store whose history already records the newest bundled migration is left as it is; any doubt (no
 * history, an older version, a failed step, an unreadable folder) runs Flyway in full.
 */
final class Migrations {
  static final String HISTORY = "flyway_schema_history";
  private static final Pattern VERSION = Pattern.compile("V([0-9]+)__.*\\.sql");

  private Migrations() {}

  static void apply(DataSource dataSource, Dialect dialect) throws SQLException {
    int newest = newestBundled();
    if (newest > 0 && appliedUpTo(dataSource) == newest) {
      return;
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(
            Map.of("id_column", dialect.idColumn(), "postgresql_only", dialect.postgresqlOnly()))
        .load()
        .migrate();
  }

  /**
   * Whether the store has every migration this build bundles (or newer ones, from a newer node);
   * throws when the store cannot be reached.
   */
  static boolean current(DataSource dataSource) throws SQLException {
    return appliedUpTo(dataSource) >= Bundled.NEWEST;
  }

  /** The newest bundled migration, listed once. */
  private static final class Bundled {
    static final int NEWEST = newestBundled();
  }

  private static int appliedUpTo(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      // Asked of the catalogue first: a query of a missing table is an ERROR in PostgreSQL's log.
      if (!hasHistory(c)) {
        return -1;
      }
      return appliedUpTo(c);
    }
  }

  private static boolean hasHistory(Connection c) throws SQLException {
    try (ResultSet tables =
        c.getMetaData().getTables(null, c.getSchema(), HISTORY, new String[] {"TABLE"})) {
      return tables.next();
    }
  }

  private static int appliedUpTo(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM " + HISTORY + " WHERE version IS NOT NULL")) {
      int max = 0;
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          return -1;
        }
        max = Math.max(max, Integer.parseInt(rs.getString(1)));
      }
      return max;
    } catch (SQLException | NumberFormatException e) {
      return -1;
    }
  }

  /** The highest V<n> among the bundled migration files, or 0 when they cannot be listed. */
  static int newestBundled() {
    try {
      URI folder = Migrations.class.getResource("/db/migration").toURI();
      if (folder.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
          return newestIn(jar.provider().getPath(folder));
        }
      }
      return newestIn(Path.of(folder));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return 0;
    }
  }

  private static int newestIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> VERSION.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .max()
          .orElse(0);
    }
  }
}
