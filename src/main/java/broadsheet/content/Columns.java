package broadsheet.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table's column list, written once, and the SQL fragments made from it: select lists, insert
 * lists and assignments, all with positional parameters, which SQLite and PostgreSQL read alike.
 */
record Columns(List<String> names) {
  Columns {
    names = List.copyOf(names);
  }

  static Columns of(String... names) {
    return new Columns(List.of(names));
  }

  int size() {
    return names.size();
  }

  /** {@code id, slug, name}: for a select over one table or an insert's column list. */
  String list() {
    return String.join(", ", names);
  }

  /** {@code s.id, s.slug, s.name}: for a select that joins the table under an alias. */
  String list(String alias) {
    return names.stream().map(n -> alias + "." + n).collect(Collectors.joining(", "));
  }

  /** {@code ?, ?, ?}: one parameter for each column, for an insert's values. */
  String marks() {
    return "?, ".repeat(names.size() - 1) + "?";
  }

  /** {@code slug = ?, name = ?}: for an update of every column. */
  String assignments() {
    return names.stream().map(n -> n + " = ?").collect(Collectors.joining(", "));
  }
}
