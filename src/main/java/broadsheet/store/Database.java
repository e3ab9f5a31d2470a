package broadsheet.store;

import broadsheet.config.ConnectionSettings;
import broadsheet.config.StoreAddress;
import broadsheet.config.StoreLocation;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/** The store: a pooled connection to SQLite or PostgreSQL, migrated to the current schema. */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private final HikariDataSource dataSource;
  private final String url;
  private final ConnectionSettings settings;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Queries queries;
  // Copies of the write-ahead log after large commits, one after another; no thread until asked.
  private final ExecutorService checkpoints =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("broadsheet:checkpoint").daemon().factory());

  private Database(
      HikariDataSource dataSource, Dialect dialect, String url, ConnectionSettings settings) {
    this.dataSource = dataSource;
    this.url = url;
    this.settings = settings;
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
    return open(url, ConnectionSettings.DEFAULT);
  }

  /** Opens the store named by {@code url}, connecting to a database as {@code settings} say. */
  public static Database open(String url, ConnectionSettings settings) {
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
      // A transaction takes the write lock when it begins, so a second writer waits its turn (up
      // to the busy timeout). Begun deferred, one that read first and then wrote while another
      // held the lock failed at once with SQLITE_BUSY: its snapshot was already stale, so waiting
      // could not help. Reads outside transactions are not held up.
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.addDataSourceProperty("synchronous", "NORMAL");
      // Pages read through a memory map rather than copied in by a read call each, which serves
      // uncached article pages faster. SQLite maps at most this much of the file and reads the rest
      // as before.
      config.addDataSourceProperty("mmap_size", String.valueOf(1L << 30));
      config.setMaximumPoolSize(settings.poolOr(4));
    } else {
      PostgresServer.configure(config, url, settings);
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open " + StoreAddress.describe(url) + ": " + redactedRoot(e), e);
    }
    try {
      Migrations.apply(dataSource, dialect);
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw new StoreException(
          "cannot migrate " + StoreAddress.describe(url) + ": " + redactedRoot(e), e);
    }
    return new Database(dataSource, dialect, url, settings);
  }

  /**
   * Whether the store answers and has every migration this build knows (readiness: a node must not
   * serve from a store an older build left behind); throws when the store cannot be reached.
   */
  public boolean migrated() throws SQLException {
    return Migrations.current(dataSource);
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
    return open(StoreLocation.in(dataDir).url());
  }

  /** The connection pool's figures (connections active, idle, requests waiting), for metrics. */
  public HikariPoolMXBean pool() {
    return dataSource.getHikariPoolMXBean();
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

  /** The URL the store was opened with; {@link broadsheet.config.StoreAddress} shows it. */
  String url() {
    return url;
  }

  /**
   * A transaction that may write hundreds of megabytes, as an import does. On SQLite it gets a
   * larger page cache, which keeps the indexes' pages in memory instead of reading them back from
   * the log. And after a commit that grew the write-ahead log, the committing connection would copy
   * the log into the store and sync it before returning, seconds for such a log: here the copy runs
   * on a thread of its own instead, beside whatever comes next (the search index, or the next
   * request), and {@link #close} waits for it. Readers are never held up by it either way.
   */
  public <X extends Exception> void useLargeTransaction(HandleConsumer<X> work) throws X {
    if (dialect != Dialect.SQLITE) {
      jdbi.useTransaction(work);
      return;
    }
    jdbi.<X>useHandle(
        h -> {
          h.execute("PRAGMA wal_autocheckpoint = 0");
          h.execute("PRAGMA cache_size = -65536");
          try {
            h.useTransaction(work);
          } finally {
            // The connection goes back to the pool as it came: SQLite's defaults.
            h.execute("PRAGMA cache_size = -2000");
            h.execute("PRAGMA wal_autocheckpoint = 1000");
          }
        });
    checkpoints.execute(this::checkpoint);
  }

  /**
   * A transaction that only reads, over one consistent snapshot of the whole store, however long it
   * takes (a backup, a copy to another store). On SQLite it begins deferred: it never takes the
   * write lock, so the newsroom goes on saving meanwhile.
   */
  public <X extends Exception> void useSnapshot(HandleConsumer<X> work) throws X {
    if (dialect != Dialect.SQLITE) {
      jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
      return;
    }
    jdbi.<X>useHandle(
        h -> {
          SQLiteConnection connection;
          try {
            connection = h.getConnection().unwrap(SQLiteConnection.class);
          } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
          }
          TransactionMode mode = connection.getCurrentTransactionMode();
          connection.setCurrentTransactionMode(TransactionMode.DEFERRED);
          try {
            h.useTransaction(TransactionIsolationLevel.SERIALIZABLE, work);
          } finally {
            connection.setCurrentTransactionMode(mode);
          }
        });
  }

  /** Copies the write-ahead log into the store, passively: it waits for no reader or writer. */
  private void checkpoint() {
    try (var h = jdbi.open();
        Statement s = h.getConnection().createStatement()) {
      s.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException | RuntimeException e) {
      // Nothing is lost: the log stays, and the next commit's own checkpoint copies it.
      LOG.warn("could not copy the write-ahead log into the store now: {}", redactedRoot(e));
    }
  }

  /**
   * Calls {@code wake} whenever a notification arrives on {@code channel}, on a connection of its
   * own that is opened again after a failure. Nothing on SQLite, which has no notifications: its
   * readers poll.
   */
  public AutoCloseable listen(String channel, Runnable wake) {
    return dialect == Dialect.POSTGRESQL
        ? Notifications.start(PostgresServer.connector(url, settings), channel, wake)
        : () -> {};
  }

  @Override
  public void close() {
    checkpoints.shutdown();
    try {
      checkpoints.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dataSource.close();
  }

  /** The innermost cause's message with any password in it hidden, for a line a person reads. */
  static String redactedRoot(Throwable e) {
    return StoreAddress.redact(rootMessage(e));
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
