package broadsheet.hostile;

import broadsheet.hostile.Vectors.Vector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How the corpus goes into a form: which vectors go alone, and a field's value of several. */
final class Corpus {
  /** Classes that forms refuse or that fill a field alone: each goes in a post of its own. */
  private static final Set<String> ALONE =
      Set.of("control", "noncharacter", "surrogate", "bytes", "long");

  private Corpus() {}

  static boolean special(Vector v) {
    return ALONE.contains(v.kind());
  }

  /** The corpus in groups: plain vectors {@code size} at a time, the special ones alone. */
  static List<List<Vector>> chunks(List<Vector> vectors, int size) {
    return chunks(vectors, size, true);
  }

  /** The same, the special ones alone only where {@code alone} says so. */
  static List<List<Vector>> chunks(List<Vector> vectors, int size, boolean alone) {
    List<List<Vector>> chunks = new ArrayList<>();
    List<Vector> chunk = new ArrayList<>();
    for (Vector v : vectors) {
      if (alone && special(v)) {
        chunks.add(List.of(v));
        continue;
      }
      chunk.add(v);
      if (chunk.size() == size) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** A field carrying these vectors (a body gets one paragraph each, tags one tag each). */
  static Wire.Field field(String name, List<Vector> vectors, String placeholder) {
    if (vectors.isEmpty()) {
      return Wire.Field.of(name, placeholder);
    }
    String separator =
        switch (name) {
          case "body", "text" -> "\n\n";
          case "tags" -> ", ";
          default -> " ";
        };
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    boolean raw = false;
    for (Vector v : vectors) {
      if (value.size() > 0) {
        value.writeBytes(separator.getBytes(StandardCharsets.UTF_8));
      }
      value.writeBytes(v.wire());
      raw |= v.isBytes();
    }
    return new Wire.Field(name, value.toByteArray(), raw);
  }
}
