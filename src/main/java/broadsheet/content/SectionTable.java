package broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The sections table's mapping: its columns once, and a row read back by position. */
final class SectionTable {
  static final Columns COLUMNS =
      Columns.of("id", "slug", "name", "description", "position", "parent_id");

  private SectionTable() {}

  /** A section whose columns, in the order of {@link #COLUMNS}, start at column {@code first}. */
  static Section read(ResultSet rs, int first) throws SQLException {
    long parent = rs.getLong(first + 5);
    Long parentId = rs.wasNull() ? null : parent;
    return new Section(
        rs.getLong(first),
        rs.getString(first + 1),
        rs.getString(first + 2),
        rs.getString(first + 3),
        rs.getInt(first + 4),
        parentId);
  }
}
