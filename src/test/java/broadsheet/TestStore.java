package broadsheet;

import broadsheet.config.ServerConfig;
import broadsheet.config.StoreLocation;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store every test writes to is chosen here and nowhere else: the SQLite file of a temp data
 * directory. Tests of SQLite's own behaviour (statement cache, file growth) open SQLite directly.
 */
public final class TestStore {
  private TestStore() {}

  /** The store a test's data directory uses. */
  public static StoreLocation in(Path dataDir) {
    return StoreLocation.in(dataDir);
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
}
