package broadsheet.content;

import broadsheet.store.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The corrections table's mapping: the columns a correction reads back from, in order, and the one
 * statement that adds a correction to an article.
 */
final class CorrectionTable {
  static final Columns COLUMNS = Columns.of("id", "kind", "body", "created_at");

  /** Parameters: the article's id, then {@link #kind}, the text and the time. */
  static final String INSERT =
      "INSERT INTO corrections (article_id, kind, body, created_at) VALUES (?, ?, ?, ?)";

  private CorrectionTable() {}

  /** How a kind is stored. */
  static String kind(Correction.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A correction whose columns, in the order of {@link #COLUMNS}, start at column {@code first}.
   */
  static Correction read(ResultSet rs, int first) throws SQLException {
    return new Correction(
        rs.getLong(first),
        Correction.Kind.valueOf(rs.getString(first + 1).toUpperCase(Locale.ROOT)),
        rs.getString(first + 2),
        Instants.parse(rs.getString(first + 3)));
  }
}
