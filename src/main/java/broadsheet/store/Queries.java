package broadsheet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Plain JDBC for the reader's busiest queries (an article page, lists of teasers), run on the
 * connection of the caller's Jdbi handle so that they see its transaction. For these small lookups
 * Jdbi's per-statement machinery (argument factories, result iterables) costs about as much as
 * SQLite's own work. Here a query is a kept statement (see {@link StatementCache}), positional
 * parameters and columns by position, as the content tables' mappings write them; on PostgreSQL,
 * whose driver keeps its own prepared statements, a plain prepared statement.
 */
public final class Queries {
  /** Reads one row; columns by index. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final StatementCache kept; // null where the driver keeps statements itself (PostgreSQL)

  Queries(StatementCache kept) {
    this.kept = kept;
  }

  /**
   * Every row of {@code sql}. Parameters are Long, Integer or String; a collection stands for as
   * many parameters as it has elements (see {@link #marks}).
   */
  public <T> List<T> list(Handle h, String sql, Row<T> row, Object... params) {
    try {
      Connection connection = h.getConnection();
      PreparedStatement stmt =
          kept == null ? connection.prepareStatement(sql) : kept.take(connection, sql);
      try {
        bind(stmt, params);
        try (ResultSet rs = stmt.executeQuery()) {
          List<T> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(row.map(rs));
          }
          return rows;
        }
      } finally {
        if (kept == null) {
          stmt.close();
        } else {
          kept.giveBack(stmt);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** The placeholders of an IN list of {@code n} values: {@code ?, ?, ?}. */
  public static String marks(int n) {
    return n == 0 ? "NULL" : "?, ".repeat(n - 1) + "?";
  }

  private static void bind(PreparedStatement stmt, Object[] params) throws SQLException {
    int i = 1;
    for (Object param : params) {
      if (param instanceof Collection<?> values) {
        for (Object value : values) {
          set(stmt, i++, value);
        }
      } else {
        set(stmt, i++, param);
      }
    }
  }

  private static void set(PreparedStatement stmt, int i, Object value) throws SQLException {
    switch (value) {
      case Long l -> stmt.setLong(i, l);
      case Integer n -> stmt.setInt(i, n);
      case String s -> stmt.setString(i, s);
      case null, default ->
          throw new IllegalArgumentException("cannot bind " + value + " as parameter " + i);
    }
  }
}
