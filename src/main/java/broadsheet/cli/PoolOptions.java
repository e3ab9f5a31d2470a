package broadsheet.cli;

import broadsheet.config.ConnectionSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How a server uses a database store: its pool of connections and how long it waits for one. */
final class PoolOptions {
  @Option(
      names = "--db-pool",
      paramLabel = "N",
      defaultValue = "${env:BROADSHEET_DB_POOL:-0}",
      description = "Connections to the database (default 10 for PostgreSQL, 4 for SQLite).")
  int pool;

  @Option(
      names = "--db-timeout",
      paramLabel = "SECONDS",
      defaultValue = "${env:BROADSHEET_DB_TIMEOUT:-5}",
      description =
          "How long a request waits for the database before it counts as unreachable"
              + " (default ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  ConnectionSettings applyTo(ConnectionSettings settings) {
    return new ConnectionSettings(
        settings.password(), pool, Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
  }
}
