package broadsheet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ids a store hands out by itself (SQLite's AUTOINCREMENT, PostgreSQL's identity columns): how
 * far each table's has gone, and setting it there in another store. An id once given is never given
 * again, so an old link to something deleted does not lead to something new.
 */
final class Identities {
  private Identities() {}

  /** Table to its id column, for every table whose ids the store assigns. */
  static Map<String, String> columns(Connection c, Dialect dialect) throws SQLException {
    Map<String, String> columns = new TreeMap<>();
    String sql =
        dialect == Dialect.SQLITE
            // An AUTOINCREMENT column is its table's INTEGER PRIMARY KEY.
            ? "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                + " WHERE m.type = 'table' AND p.pk = 1 AND m.sql LIKE '%AUTOINCREMENT%'"
            : "SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema()"
                + " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        columns.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
      }
    }
    return columns;
  }

  /** Table to the highest id it has handed out or holds (0 when none). */
  static Map<String, Long> highWater(Connection c, Dialect dialect) throws SQLException {
    Map<String, Long> high = new TreeMap<>();
    for (var column : columns(c, dialect).entrySet()) {
      String table = column.getKey();
      long max = single(c, "SELECT COALESCE(MAX(" + column.getValue() + "), 0) FROM " + table);
      high.put(table, Math.max(max, handedOut(c, dialect, table, column.getValue())));
    }
    return high;
  }

  /** Sets each table's next id past {@code high}'s figure for it. */
  static void setPast(Connection c, Dialect dialect, Map<String, Long> high) throws SQLException {
    for (var column : columns(c, dialect).entrySet()) {
      long value = high.getOrDefault(column.getKey(), 0L);
      if (dialect == Dialect.SQLITE) {
        try (PreparedStatement delete =
                c.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?");
            PreparedStatement insert =
                c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
          delete.setString(1, column.getKey());
          delete.executeUpdate();
          if (value > 0) {
            insert.setString(1, column.getKey());
            insert.setLong(2, value);
            insert.executeUpdate();
          }
        }
      } else {
        // setval(seq, 1, false): the next id is 1, as in a table never written.
        try (PreparedStatement set =
            c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, ?)")) {
          set.setString(1, column.getKey());
          set.setString(2, column.getValue());
          set.setLong(3, Math.max(1, value));
          set.setBoolean(4, value > 0);
          set.executeQuery().close();
        }
      }
    }
  }

  private static long handedOut(Connection c, Dialect dialect, String table, String column)
      throws SQLException {
    if (dialect == Dialect.SQLITE) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = ?")) {
        s.setString(1, table);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0;
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
      s.setString(1, table);
      s.setString(2, column);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        String sequence = rs.getString(1);
        return single(c, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + sequence);
      }
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
