package broadsheet.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a store as its catalogue lists them (never a list kept by hand, which would go
 * stale with the next migration), in an order in which each table comes after the tables it refers
 * to. Flyway's history and the store's own internal tables are not the site's and are left out.
 */
record StoreSchema(List<Table> tables) {
  /** A table: its columns (with their JDBC types), primary key, and columns naming its own rows. */
  record Table(
      String name, Map<String, Integer> columns, List<String> primaryKey, Set<String> selfRefs) {
    List<String> columnNames() {
      return List.copyOf(columns.keySet());
    }
  }

  /** The tables' names and their columns' names, which two stores of one version share. */
  Map<String, List<String>> names() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Table table : tables) {
      names.put(table.name(), table.columnNames());
    }
    return names;
  }

  Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static StoreSchema of(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Map<String, Table> tables = new TreeMap<>();
    Map<String, Set<String>> refersTo = new TreeMap<>();
    for (String name : tableNames(meta, schema)) {
      Set<String> parents = new LinkedHashSet<>();
      Set<String> selfRefs = new LinkedHashSet<>();
      try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
        while (keys.next()) {
          String parent = lower(keys.getString("PKTABLE_NAME"));
          if (parent.equals(name)) {
            selfRefs.add(lower(keys.getString("FKCOLUMN_NAME")));
          } else {
            parents.add(parent);
          }
        }
      }
      tables.put(
          name, new Table(name, columns(meta, schema, name), key(meta, schema, name), selfRefs));
      refersTo.put(name, parents);
    }
    return new StoreSchema(ordered(tables, refersTo));
  }

  private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = lower(rs.getString("TABLE_NAME"));
        if (!name.equals(Migrations.HISTORY) && !name.startsWith("sqlite_")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static Map<String, Integer> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
      while (rs.next()) {
        columns.put(lower(rs.getString("COLUMN_NAME")), rs.getInt("DATA_TYPE"));
      }
    }
    // Both stores list their columns in the same order only by chance: name order is shared.
    return new TreeMap<>(columns);
  }

  private static List<String> key(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<Integer, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
      while (rs.next()) {
        key.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
      }
    }
    return List.copyOf(key.values());
  }

  /** Parents before children; a cycle between tables (there is none) would be refused. */
  private static List<Table> ordered(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
    List<Table> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progressed = false;
      for (String name : tables.keySet()) {
        if (!placed.contains(name) && placed.containsAll(refersTo.get(name))) {
          placed.add(name);
          order.add(tables.get(name));
          progressed = true;
        }
      }
      if (!progressed) {
        throw new StoreException("the store's tables refer to each other in a cycle");
      }
    }
    return order;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
