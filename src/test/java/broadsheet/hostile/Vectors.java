package broadsheet.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input corpus in src/test/resources/hostile/vectors.txt: one vector a line, its class,
 * a tab, then the vector in a small escape syntax (the file's head says which).
 */
final class Vectors {
  private Vectors() {}

  /**
   * One vector. {@code text} is it as a Java string (half a surrogate pair stays half); a vector of
   * raw bytes ({@code bytes != null}) is also given as text the way a lenient decoder reads it.
   */
  record Vector(int number, String kind, String text, byte[] bytes) {
    boolean isBytes() {
      return bytes != null;
    }

    /** What a form carries: raw bytes as they are, text in UTF-8 (half a surrogate as WTF-8). */
    byte[] wire() {
      return isBytes() ? bytes : Wire.wtf8(text);
    }

    @Override
    public String toString() {
      return "#" + number + " (" + kind + ")";
    }
  }

  static List<Vector> load() {
    try (InputStream in = Vectors.class.getResourceAsStream("/hostile/vectors.txt")) {
      if (in == null) {
        throw new IllegalStateException("hostile/vectors.txt is missing from the test resources");
      }
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Vector> vectors = new ArrayList<>();
      for (String line : file.split("\n", -1)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 1) {
          throw new IllegalStateException("a vector line without its class: " + line);
        }
        vectors.add(parse(vectors.size() + 1, line.substring(0, tab), line.substring(tab + 1)));
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Vector parse(int number, String kind, String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    boolean raw = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char e = source.charAt(++i);
      switch (e) {
        case '\\' -> text.append('\\');
        case 't' -> text.append('\t');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 'u' -> {
          text.append((char) Integer.parseInt(source.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'x' -> {
          bytes.writeBytes(Wire.wtf8(text.toString()));
          text.setLength(0);
          bytes.write(Integer.parseInt(source.substring(i + 1, i + 3), 16));
          raw = true;
          i += 2;
        }
        case 'R' -> {
          int countEnd = source.indexOf('}', i);
          int times = Integer.parseInt(source.substring(i + 2, countEnd));
          int textEnd = source.indexOf('}', countEnd + 1);
          String unit = parse(0, kind, source.substring(countEnd + 2, textEnd)).text();
          text.append(unit.repeat(times));
          i = textEnd;
        }
        default -> throw new IllegalStateException("unknown escape \\" + e + " in " + source);
      }
    }
    if (!raw) {
      return new Vector(number, kind, text.toString(), null);
    }
    bytes.writeBytes(Wire.wtf8(text.toString()));
    byte[] all = bytes.toByteArray();
    return new Vector(number, kind, new String(all, StandardCharsets.UTF_8), all);
  }
}
