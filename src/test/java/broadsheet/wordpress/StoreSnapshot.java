package broadsheet.wordpress;

import broadsheet.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts and a checksum of every content table, to show that an import changed nothing. */
record StoreSnapshot(Map<String, Integer> rows, String checksum) {
  private static final List<String> TABLES =
      List.of(
          "settings",
          "sections",
          "authors",
          "tags",
          "articles",
          "article_authors",
          "article_tags",
          "corrections",
          "pages",
          "accounts",
          "wordpress_items",
          "media",
          "redirects");

  static StoreSnapshot of(Database database) throws Exception {
    Map<String, Integer> rows = new LinkedHashMap<>();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    database
        .jdbi()
        .useHandle(
            h -> {
              for (String table : TABLES) {
                List<String> lines = new ArrayList<>();
                h.createQuery("SELECT * FROM " + table)
                    .mapToMap()
                    .forEach(row -> lines.add(new java.util.TreeMap<>(row).toString()));
                lines.sort(null);
                rows.put(table, lines.size());
                for (String line : lines) {
                  digest.update(line.getBytes(StandardCharsets.UTF_8));
                }
              }
            });
    return new StoreSnapshot(rows, HexFormat.of().formatHex(digest.digest()));
  }
}
