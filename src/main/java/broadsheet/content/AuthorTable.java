package broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The authors table's mapping: its columns once, and a row read back by position. */
final class AuthorTable {
  static final Columns COLUMNS = Columns.of("id", "slug", "name", "bio", "avatar_url");

  private AuthorTable() {}

  /** An author whose columns, in the order of {@link #COLUMNS}, start at column {@code first}. */
  static Author read(ResultSet rs, int first) throws SQLException {
    return new Author(
        rs.getLong(first),
        rs.getString(first + 1),
        rs.getString(first + 2),
        rs.getString(first + 3),
        rs.getString(first + 4));
  }
}
