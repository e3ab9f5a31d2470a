package broadsheet.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached just now (down, restarting, its host or
 * the network away) rather than a fault in a request. The pool drops the broken connections and
 * opens new ones by itself, so such a failure passes when the database is back.
 */
public final class Outage {
  // PostgreSQL's SQLSTATEs for a server shutting down, in crash recovery or not yet accepting.
  private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

  private Outage() {}

  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // Class 08: connection exceptions.
        if (state.startsWith("08") || SERVER_GOING.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }
}
