package broadsheet.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * Keeps SQLite's prepared statements between uses, per physical connection. Preparing is a large
 * share of an article page's queries (SQLite compiles the joined article select anew each time),
 * and neither the driver nor the pool keeps statements: the pool closes every statement when a
 * connection goes back. So statements are prepared on the pooled connection's physical SQLite
 * connection, out of the pool's sight, and handed back here when Jdbi is done. PostgreSQL's driver
 * keeps its own server-side prepared statements, so it does not need this.
 */
final class StatementCache implements StatementBuilderFactory {
  /** Distinct statements kept per connection; lists bound as IN (...) make one text per length. */
  private static final int KEPT = 128;

  private final Map<SQLiteConnection, Idle> byConnection = new HashMap<>();

  private final Builder builder = new Builder();

  @Override
  public StatementBuilder createStatementBuilder(Connection connection) {
    return builder; // it keeps nothing of its own: one serves every handle
  }

  private synchronized Idle idleOf(SQLiteConnection physical) {
    Idle idle = byConnection.get(physical);
    if (idle == null) {
      // A new physical connection: the pool may have retired others, whose statements are closed.
      byConnection.keySet().removeIf(StatementCache::closed);
      idle = new Idle();
      byConnection.put(physical, idle);
    }
    return idle;
  }

  private static boolean closed(SQLiteConnection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * A statement for {@code sql} on a pooled connection, kept from an earlier use where there is
   * one; hand it back with {@link #giveBack} once its results are read.
   */
  PreparedStatement take(Connection pooled, String sql) throws SQLException {
    SQLiteConnection physical = pooled.unwrap(SQLiteConnection.class);
    if (closed(physical)) {
      return pooled.prepareStatement(sql);
    }
    Idle idle = idleOf(physical);
    PreparedStatement kept = idle.take(sql);
    PreparedStatement stmt =
        kept != null
            ? kept
            : physical.prepareStatement(
                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    idle.lend(stmt, sql);
    return stmt;
  }

  /** Keeps a statement from {@link #take} for the next use; closes anything else. */
  void giveBack(Statement stmt) throws SQLException {
    // Ours are the driver's own statements, recorded with their text when lent; the pool's
    // proxies were never lent.
    if (stmt instanceof JDBC4PreparedStatement prepared
        && stmt.getConnection() instanceof SQLiteConnection physical
        && !closed(physical)) {
      idleOf(physical).giveBack(prepared);
    } else {
      stmt.close();
    }
  }

  private final class Builder implements StatementBuilder {
    private final DefaultStatementBuilder plain = new DefaultStatementBuilder();

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
      return plain.create(conn, ctx);
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx)
        throws SQLException {
      return ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()
          ? plain.create(conn, sql, ctx)
          : take(conn, sql);
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx)
        throws SQLException {
      return plain.createCall(conn, sql, ctx);
    }

    // Jdbi names the statement here by its text before parameters were parsed, so the text it
    // was prepared from is the one recorded when it was lent.
    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
      if (stmt != null) {
        giveBack(stmt);
      }
    }
  }

  /**
   * The statements of one connection not in use now, least recently used first. A connection serves
   * one borrower at a time, but one borrower may run the same text twice at once (a query inside
   * another's loop), so a statement in use is never in here.
   */
  private static final class Idle {
    private final LinkedHashMap<String, ArrayDeque<PreparedStatement>> bySql =
        new LinkedHashMap<>(64, 0.75f, true);
    private final Map<PreparedStatement, String> lent = new IdentityHashMap<>();

    synchronized PreparedStatement take(String sql) throws SQLException {
      ArrayDeque<PreparedStatement> idle = bySql.get(sql);
      while (idle != null && !idle.isEmpty()) {
        PreparedStatement stmt = idle.poll();
        if (!stmt.isClosed()) {
          return stmt;
        }
      }
      return null;
    }

    synchronized void lend(PreparedStatement stmt, String sql) {
      lent.put(stmt, sql);
    }

    synchronized void giveBack(PreparedStatement stmt) throws SQLException {
      String sql = lent.remove(stmt);
      if (sql == null || stmt.isClosed()) {
        stmt.close();
        return;
      }
      stmt.clearParameters();
      bySql.computeIfAbsent(sql, k -> new ArrayDeque<>(2)).push(stmt);
      if (bySql.size() > KEPT) {
        Iterator<ArrayDeque<PreparedStatement>> eldest = bySql.values().iterator();
        for (PreparedStatement old : eldest.next()) {
          old.close();
        }
        eldest.remove();
      }
    }
  }
}
