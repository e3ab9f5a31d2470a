package broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The tags table's mapping: its columns once, and a row read back by position. */
final class TagTable {
  static final Columns COLUMNS = Columns.of("id", "slug", "name");

  private TagTable() {}

  /** A tag whose columns, in the order of {@link #COLUMNS}, start at column {@code first}. */
  static Tag read(ResultSet rs, int first) throws SQLException {
    return new Tag(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2));
  }
}
