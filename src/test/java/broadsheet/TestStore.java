package broadsheet;

import broadsheet.config.ServerConfig;
import broadsheet.config.StoreLocation;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store every test writes to is chosen here and nowhere else. By default it is the SQLite file
 * of a temp data directory. With the system property {@code broadsheet.test.store=postgres} (the
 * pom's second run of the suite sets it) it is a schema of its own in the PostgreSQL database of
 * {@link TestPostgres}, one per data directory: created when first asked for, dropped when a {@link
 * RunningSite} stops or at the latest when the test JVM ends. Tests of SQLite's own behaviour
 * (statement cache, file growth) open SQLite directly.
 */
public final class TestStore {
  private static final boolean POSTGRES =
      "postgres".equals(System.getProperty("broadsheet.test.store", "sqlite"));
  private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();
  // Schemas are named after the JVM that made them, so one left by a killed run can be told apart.
  private static final String PREFIX = "test_" + ProcessHandle.current().pid() + "_";

  private static boolean started;

  private TestStore() {}

  /** True in the run of the suite on PostgreSQL. */
  public static boolean onPostgres() {
    return POSTGRES;
  }

  /** The store a test's data directory uses. */
  public static StoreLocation in(Path dataDir) {
    if (!POSTGRES) {
      return StoreLocation.in(dataDir);
    }
    String schema = SCHEMAS.computeIfAbsent(dataDir.toAbsolutePath(), d -> createSchema());
    String base = baseUrl();
    return new StoreLocation(
        dataDir, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  /** A server over the store of {@code dataDir}, on a random port. */
  public static ServerConfig server(Path dataDir) {
    StoreLocation store = in(dataDir);
    return new ServerConfig(0, store.dataDir(), store.dbUrl(), null, null);
  }

  /** Opens (and migrates) the store of {@code dataDir}, creating the directory. */
  public static Database open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Database.open(in(dataDir).url());
  }

  /**
   * Drops the store of {@code dataDir} now, when the test is done with it (SQLite: its files go).
   */
  public static void discard(Path dataDir) {
    String schema = POSTGRES ? SCHEMAS.remove(dataDir.toAbsolutePath()) : null;
    if (schema != null) {
      drop(List.of(schema));
    }
  }

  private static String baseUrl() {
    return TestPostgres.url();
  }

  private static synchronized String createSchema() {
    if (!started) {
      dropLeftovers();
      Runtime.getRuntime()
          .addShutdownHook(Thread.ofPlatform().unstarted(() -> drop(SCHEMAS.values())));
      started = true;
    }
    String schema = PREFIX + NEXT.incrementAndGet();
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
    }
    return schema;
  }

  private static void drop(Iterable<String> schemas) {
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement()) {
      // A store a test left open must not hold the run up at its end.
      s.execute("SET lock_timeout = '10s'");
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    } catch (SQLException e) {
      System.err.println("TestStore: could not drop test schemas: " + e.getMessage());
    }
  }

  /**
   * Drops the schemas of earlier test JVMs that are no longer running (killed before their end).
   */
  private static void dropLeftovers() {
    List<String> stale = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(baseUrl());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname ~ '^test_[0-9]+_[0-9]+$'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        long pid = Long.parseLong(name.split("_")[1]);
        if (ProcessHandle.of(pid).isEmpty()) {
          stale.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reach the PostgreSQL database of BROADSHEET_TEST_PG: " + e.getMessage(), e);
    }
    if (!stale.isEmpty()) {
      drop(stale);
    }
  }
}
