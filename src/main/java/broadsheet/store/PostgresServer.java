package broadsheet.store;

import broadsheet.config.ConnectionSettings;
import broadsheet.config.StoreAddress;
import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * A PostgreSQL server as the store: the URL is passed to the driver as written (sslmode and every
 * other parameter with it), the password may come from elsewhere, and the server is reached once
 * before the pool starts so that an unreachable one is a single line naming host and database.
 */
final class PostgresServer {
  private PostgresServer() {}

  static void configure(HikariConfig config, String url, ConnectionSettings settings) {
    String jdbcUrl = url.startsWith("jdbc:") ? url : "jdbc:" + url;
    Properties properties = properties(settings);
    reach(jdbcUrl, properties);
    config.setJdbcUrl(jdbcUrl);
    config.setDataSourceProperties(properties);
    config.setMaximumPoolSize(settings.poolOr(10));
    config.setConnectionTimeout(settings.timeout().toMillis());
  }

  /** Opens single connections outside the pool, for a listener that holds one for long. */
  static Callable<Connection> connector(String url, ConnectionSettings settings) {
    String jdbcUrl = url.startsWith("jdbc:") ? url : "jdbc:" + url;
    Properties properties = properties(settings);
    return () -> DriverManager.getConnection(jdbcUrl, properties);
  }

  private static Properties properties(ConnectionSettings settings) {
    Properties properties = new Properties();
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    // A server that does not answer counts as unreachable after the same wait as an empty pool
    // (whole seconds for the driver; a parameter of the URL overrides it).
    long seconds = Math.max(1, (settings.timeout().toMillis() + 999) / 1000);
    properties.setProperty("connectTimeout", String.valueOf(seconds));
    properties.setProperty("loginTimeout", String.valueOf(seconds));
    return properties;
  }

  @SuppressWarnings("try") // the connection is opened only to be closed again
  private static void reach(String jdbcUrl, Properties properties) {
    try (Connection ignored = DriverManager.getConnection(jdbcUrl, properties)) {
      // Reached and signed in; the pool opens its own connections.
    } catch (SQLException e) {
      throw new StoreException(
          "cannot connect to " + StoreAddress.describe(jdbcUrl) + ": " + Database.redactedRoot(e),
          e);
    }
  }
}
