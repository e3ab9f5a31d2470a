package broadsheet.config;

import java.time.Duration;

/**
 * How the server connects to a database store: a password kept out of the URL (from
 * BROADSHEET_DB_PASSWORD or a file), the pool size (0: the store's own default) and how long a
 * request waits for a connection before the store counts as unreachable.
 */
public record ConnectionSettings(String password, int pool, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final ConnectionSettings DEFAULT = new ConnectionSettings(null, 0, DEFAULT_TIMEOUT);

  public ConnectionSettings {
    if (pool < 0 || pool > 1000) {
      throw new InvalidSetting("--db-pool must be between 1 and 1000, not " + pool);
    }
    if (timeout == null) {
      timeout = DEFAULT_TIMEOUT;
    }
    if (timeout.toMillis() < 250) {
      throw new InvalidSetting(
          "--db-timeout must be at least 0.25 seconds, not " + timeout.toMillis() / 1000.0);
    }
  }

  public ConnectionSettings withPassword(String newPassword) {
    return new ConnectionSettings(newPassword, pool, timeout);
  }

  /** The pool size, or {@code otherwise} when none was given. */
  public int poolOr(int otherwise) {
    return pool == 0 ? otherwise : pool;
  }

  /** The settings as a person may read them: never the password. */
  @Override
  public String toString() {
    return "ConnectionSettings[password=%s, pool=%d, timeout=%s]"
        .formatted(password == null ? "none" : "***", pool, timeout);
  }
}
