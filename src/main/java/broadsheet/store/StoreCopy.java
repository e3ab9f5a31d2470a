package broadsheet.store;

import broadsheet.config.StoreAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Copies a whole site from one store to another, ids included: every table the source's catalogue
 * lists, in one transaction on the target that commits only when each table's row count and
 * checksum read back from the target equal the source's. The source is read in one snapshot.
 */
public final class StoreCopy {
  private static final String FEED_STATE = "change_feed";

  private static final int BATCH = 500;

  /** What was copied: per table, its rows and checksum, equal on both stores. */
  public record Report(Map<String, Copied> tables) {
    public long rows() {
      return tables.values().stream().mapToLong(Copied::rows).sum();
    }
  }

  /** One table's rows and checksum. */
  public record Copied(long rows, String checksum) {}

  private final Database source;
  private final Database target;

  public StoreCopy(Database source, Database target) {
    this.source = source;
    this.target = target;
  }

  /** How many rows the source holds, for a progress bar. */
  public long count() throws SQLException {
    return source
        .jdbi()
        .withHandle(
            h -> {
              Connection c = h.getConnection();
              return counts(c, StoreSchema.of(c)).values().stream().mapToLong(n -> n).sum();
            });
  }

  /** The tables of {@code store} with rows, and how many, its change-feed bookkeeping aside. */
  public static Map<String, Long> content(Database store) throws SQLException {
    return store
        .jdbi()
        .withHandle(
            h -> {
              Connection c = h.getConnection();
              Map<String, Long> counts = counts(c, StoreSchema.of(c));
              counts.remove(FEED_STATE);
              return counts;
            });
  }

  /**
   * Copies everything, replacing what the target holds when {@code replace} (else refusing a target
   * with content), and reports rows copied so far to {@code progress}.
   */
  public Report run(boolean replace, LongConsumer progress) {
    List<Report> done = new ArrayList<>(1);
    source.useSnapshot(
        from ->
            target.useLargeTransaction(
                to -> {
                  try {
                    done.add(copy(from.getConnection(), to.getConnection(), replace, progress));
                  } catch (SQLException e) {
                    throw new StoreException(
                        "the copy failed, nothing was written: "
                            + StoreAddress.redact(e.getMessage()),
                        e);
                  }
                }));
    return done.getFirst();
  }

  private Report copy(Connection from, Connection to, boolean replace, LongConsumer progress)
      throws SQLException {
    StoreSchema schema = StoreSchema.of(from);
    StoreSchema theirs = StoreSchema.of(to);
    if (!schema.names().equals(theirs.names())) {
      throw new StoreException(
          "the two stores' tables differ (is one of them from a newer Broadsheet?): nothing was"
              + " written");
    }
    // Every store has its one row of change-feed bookkeeping: it is copied like the rest, but is
    // no content, and the copy is then given an identity of its own (see ChangeLog.storeId).
    execute(to, "DELETE FROM " + FEED_STATE);
    Map<String, Long> existing = counts(to, schema);
    if (!existing.isEmpty()) {
      if (!replace) {
        throw new StoreException(
            "the target, "
                + StoreAddress.describe(target.url())
                + ", already holds content ("
                + String.join(
                    ", ",
                    existing.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList())
                + "): give --replace to overwrite it; nothing was written");
      }
      for (StoreSchema.Table table : schema.tables().reversed()) {
        execute(to, "DELETE FROM " + table.name());
      }
    }
    Map<String, Copied> copied = new LinkedHashMap<>();
    long[] rows = {0};
    for (StoreSchema.Table table : schema.tables()) {
      // Values are bound with the target's own types of the columns.
      StoreSchema.Table into = theirs.table(table.name());
      RowChecksum read = copyTable(from, to, into, n -> progress.accept(rows[0] + n));
      rows[0] += read.rows();
      copied.put(table.name(), new Copied(read.rows(), read.hex()));
    }
    Identities.setPast(to, target.dialect(), Identities.highWater(from, source.dialect()));
    for (StoreSchema.Table table : schema.tables()) {
      RowChecksum written = checksum(to, table);
      Copied expected = copied.get(table.name());
      if (written.rows() != expected.rows() || !written.hex().equals(expected.checksum())) {
        throw new StoreException(
            "table %s differs after the copy (%d rows read, %d written): nothing was written"
                .formatted(table.name(), expected.rows(), written.rows()));
      }
    }
    execute(to, "UPDATE " + FEED_STATE + " SET store_id = ''");
    return new Report(copied);
  }

  private static RowChecksum copyTable(
      Connection from, Connection to, StoreSchema.Table table, LongConsumer progress)
      throws SQLException {
    List<String> columns = table.columnNames();
    String names = String.join(", ", columns);
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    RowChecksum checksum = new RowChecksum();
    // A row that names another of its table (a section's parent) gets that link once every row
    // of the table is in, whatever order they came in.
    List<Object[]> links = new ArrayList<>();
    try (Statement read = streaming(from);
        ResultSet rs = read.executeQuery("SELECT " + names + " FROM " + table.name());
        PreparedStatement insert =
            to.prepareStatement(
                "INSERT INTO " + table.name() + " (" + names + ") VALUES (" + marks + ")")) {
      int pending = 0;
      while (rs.next()) {
        Object[] values = RowChecksum.values(rs, columns.size());
        checksum.add(values);
        Object[] link = new Object[columns.size()];
        boolean linked = false;
        for (int i = 0; i < columns.size(); i++) {
          Object value = values[i];
          if (value != null && table.selfRefs().contains(columns.get(i))) {
            link[i] = value;
            linked = true;
            value = null;
          }
          if (value == null) {
            insert.setNull(i + 1, table.columns().get(columns.get(i)));
          } else {
            insert.setObject(i + 1, value);
          }
        }
        if (linked) {
          links.add(withKey(link, values, table));
        }
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          progress.accept(checksum.rows());
          pending = 0;
        }
      }
      insert.executeBatch();
      progress.accept(checksum.rows());
    } catch (SQLException e) {
      throw new SQLException(
          "table " + table.name() + ": " + Database.rootMessage(e), e.getSQLState(), e);
    }
    link(to, table, links);
    return checksum;
  }

  /** The self-links of {@code link} followed by the row's primary key, for the UPDATE. */
  private static Object[] withKey(Object[] link, Object[] values, StoreSchema.Table table) {
    List<String> columns = table.columnNames();
    List<Object> all = new ArrayList<>();
    for (String column : table.selfRefs()) {
      all.add(link[columns.indexOf(column)]);
    }
    for (String column : table.primaryKey()) {
      all.add(values[columns.indexOf(column)]);
    }
    return all.toArray();
  }

  private static void link(Connection to, StoreSchema.Table table, List<Object[]> links)
      throws SQLException {
    if (links.isEmpty()) {
      return;
    }
    String set = String.join(", ", table.selfRefs().stream().map(c -> c + " = ?").toList());
    String where = String.join(" AND ", table.primaryKey().stream().map(c -> c + " = ?").toList());
    try (PreparedStatement update =
        to.prepareStatement("UPDATE " + table.name() + " SET " + set + " WHERE " + where)) {
      for (Object[] values : links) {
        for (int i = 0; i < values.length; i++) {
          update.setObject(i + 1, values[i]);
        }
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static RowChecksum checksum(Connection c, StoreSchema.Table table) throws SQLException {
    RowChecksum checksum = new RowChecksum();
    List<String> columns = table.columnNames();
    try (Statement read = streaming(c);
        ResultSet rs =
            read.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table.name())) {
      while (rs.next()) {
        checksum.add(RowChecksum.values(rs, columns.size()));
      }
    }
    return checksum;
  }

  /** Tables with rows, and how many. */
  private static Map<String, Long> counts(Connection c, StoreSchema schema) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (StoreSchema.Table table : schema.tables()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
        rs.next();
        if (rs.getLong(1) > 0) {
          counts.put(table.name(), rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** A statement that reads a large result in pieces (PostgreSQL otherwise reads it whole). */
  private static Statement streaming(Connection c) throws SQLException {
    Statement s = c.createStatement();
    s.setFetchSize(1000);
    return s;
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
