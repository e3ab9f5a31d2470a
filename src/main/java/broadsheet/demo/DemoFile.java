package broadsheet.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One demo content file: "key: value" header lines, a line "---", then the Markdown body. */
record DemoFile(Map<String, List<String>> header, String body) {

  static DemoFile parse(String text) {
    Map<String, List<String>> header = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    int i = 0;
    for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (colon > 0) {
        header
            .computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
    }
    if (i == lines.size()) {
      throw new IllegalStateException("demo file without a --- line: " + lines.get(0));
    }
    return new DemoFile(
        header, String.join("\n", lines.subList(i + 1, lines.size())).strip() + "\n");
  }

  boolean has(String key) {
    return header.containsKey(key) && !header.get(key).get(0).isEmpty();
  }

  String get(String key) {
    if (!has(key)) {
      throw new IllegalStateException("demo file lacks " + key);
    }
    return header.get(key).get(0);
  }

  String getOrDefault(String key, String fallback) {
    return has(key) ? get(key) : fallback;
  }

  List<String> all(String key) {
    return header.getOrDefault(key, List.of());
  }

  List<String> list(String key) {
    return has(key)
        ? Arrays.stream(get(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
        : List.of();
  }
}
