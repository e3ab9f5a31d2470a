package broadsheet.config;

import java.nio.file.Path;

/**
 * Where the store is, from --data and --db (or BROADSHEET_DATA and BROADSHEET_DB): the database URL
 * when one is given, else the SQLite file in the data directory. The data directory holds the
 * search index and uploaded images either way.
 */
public record StoreLocation(Path dataDir, String dbUrl) {
  /** A data directory's own store. */
  public static StoreLocation in(Path dataDir) {
    return new StoreLocation(dataDir, null);
  }

  /** True when the store is the SQLite file in the data directory. */
  public boolean inDataDir() {
    return dbUrl == null || dbUrl.isBlank();
  }

  /** The SQLite file a data directory keeps its store in. */
  public Path sqliteFile() {
    return dataDir.resolve("broadsheet.db");
  }

  /** The URL {@code Database.open} takes: sqlite:PATH or a PostgreSQL JDBC URL. */
  public String url() {
    return inDataDir() ? "sqlite:" + sqliteFile() : dbUrl;
  }
}
