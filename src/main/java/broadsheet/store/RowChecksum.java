package broadsheet.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A checksum of a table's rows that does not depend on their order (the two stores sort text by
 * different collations): the sum of each row's SHA-256, read as two 64-bit numbers. Values are
 * written the same way whichever driver read them: an integer as its digits, whether it came as an
 * Integer or a Long.
 */
final class RowChecksum {
  private final MessageDigest sha;
  private long high;
  private long low;
  private long rows;

  RowChecksum() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds one row, its values in the order of the table's columns. */
  void add(Object[] values) {
    for (Object value : values) {
      sha.update(canonical(value).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    ByteBuffer digest = ByteBuffer.wrap(sha.digest());
    high += digest.getLong();
    low += digest.getLong();
    rows++;
  }

  static Object[] values(ResultSet rs, int columns) throws SQLException {
    Object[] values = new Object[columns];
    for (int i = 0; i < columns; i++) {
      values[i] = rs.getObject(i + 1);
    }
    return values;
  }

  long rows() {
    return rows;
  }

  String hex() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  private static String canonical(Object value) {
    return switch (value) {
      case null -> "null";
      case Integer i -> "n" + i;
      case Long l -> "n" + l;
      case Short s -> "n" + s;
      case Boolean b -> b ? "n1" : "n0";
      case BigDecimal d -> "n" + d.stripTrailingZeros().toPlainString();
      case Double d -> "n" + BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      case Float f -> "n" + BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
      case byte[] bytes -> "b" + HexFormat.of().formatHex(bytes);
      case String s -> "s" + s;
      default -> "o" + value;
    };
  }
}
