package broadsheet.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Form bodies written byte by byte, as a careless or hostile client sends them: half a surrogate
 * pair goes as the three bytes WTF-8 gives it, and raw bytes (invalid UTF-8) go unescaped.
 */
final class Wire {
  private Wire() {}

  /**
   * One form field: its name and the bytes of its value; {@code raw} sends bytes over 0x7F bare.
   */
  record Field(String name, byte[] value, boolean raw) {
    static Field of(String name, String value) {
      return new Field(name, value.getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /** UTF-8, except that an unpaired surrogate is encoded as if it were a character (WTF-8). */
  static byte[] wtf8(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      int c = s.codePointAt(i);
      if (Character.isSupplementaryCodePoint(c)) {
        i++;
      }
      if (c < 0x80) {
        out.write(c);
      } else if (c < 0x800) {
        out.write(0xC0 | c >> 6);
        out.write(0x80 | c & 0x3F);
      } else if (c < 0x10000) {
        out.write(0xE0 | c >> 12);
        out.write(0x80 | c >> 6 & 0x3F);
        out.write(0x80 | c & 0x3F);
      } else {
        out.write(0xF0 | c >> 18);
        out.write(0x80 | c >> 12 & 0x3F);
        out.write(0x80 | c >> 6 & 0x3F);
        out.write(0x80 | c & 0x3F);
      }
    }
    return out.toByteArray();
  }

  /** An application/x-www-form-urlencoded body. */
  static byte[] urlEncoded(List<Field> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Field f : fields) {
      if (out.size() > 0) {
        out.write('&');
      }
      escape(out, f.name().getBytes(StandardCharsets.UTF_8), false);
      out.write('=');
      escape(out, f.value(), f.raw());
    }
    return out.toByteArray();
  }

  /** A multipart/form-data body with this boundary: the fields, then one file. */
  static byte[] multipart(
      String boundary, List<Field> fields, String fileField, String type, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Field f : fields) {
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.name()
                  + "\"\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(f.value());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\"upload\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void escape(ByteArrayOutputStream out, byte[] value, boolean raw) {
    for (byte b : value) {
      int c = b & 0xFF;
      boolean plain =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '*';
      if (plain || raw && c >= 0x80) {
        out.write(c);
      } else {
        out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
  }
}
