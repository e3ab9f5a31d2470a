package broadsheet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statements prepared once on a connection for the many rows of one transaction (an import writes
 * tens of thousands): rows added to a batch are written every few thousand and at {@link #flush()},
 * and every statement is closed together.
 */
public final class PreparedBatches implements AutoCloseable {
  private static final int ROWS_PER_WRITE = 4096;

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>();
  private int waiting;

  public PreparedBatches(Connection connection) {
    this.connection = connection;
  }

  /** The statement for this SQL, prepared on first use. */
  public PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = prepared.get(sql);
    if (s == null) {
      s = connection.prepareStatement(sql);
      prepared.put(sql, s);
    }
    return s;
  }

  /** Adds the row bound to {@code s} to its batch; past a few thousand, writes every batch. */
  public void add(PreparedStatement s) throws SQLException {
    s.addBatch();
    if (++waiting >= ROWS_PER_WRITE) {
      flush();
    }
  }

  /** Writes every batched row, in the order the statements were first used. */
  public void flush() throws SQLException {
    if (waiting == 0) {
      return;
    }
    for (PreparedStatement s : prepared.values()) {
      s.executeBatch();
    }
    waiting = 0;
  }

  /** Writes what is batched, then closes every statement, even when the writing fails. */
  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    try {
      flush();
    } catch (SQLException e) {
      failure = e;
    }
    for (PreparedStatement s : prepared.values()) {
      try {
        s.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
