package broadsheet.backup;

import broadsheet.store.StoreCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a backup holds, kept in it as manifest.properties: the format, when and from where it was
 * taken, the SHA-256 of the store's copy, each table's rows and checksum, and each media file's
 * SHA-256. A restore checks every entry against it before it writes anything.
 */
record BackupManifest(
    int format,
    String created,
    String source,
    String store,
    Map<String, StoreCopy.Copied> tables,
    Map<String, String> media) {
  static final int FORMAT = 1;
  static final String ENTRY = "manifest.properties";
  static final String STORE_ENTRY = "store.db";
  static final String MEDIA_PREFIX = "media/";

  // Table and media file names are Broadsheet's own: letters, digits and a few marks, no slashes.
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  long rows() {
    return tables.values().stream().mapToLong(StoreCopy.Copied::rows).sum();
  }

  /** The manifest as text, one key=value a line, in a fixed order. */
  byte[] bytes() {
    StringBuilder text = new StringBuilder();
    text.append("format=").append(format).append('\n');
    text.append("created=").append(created).append('\n');
    text.append("source=").append(escape(source)).append('\n');
    text.append("store.sha256=").append(store).append('\n');
    tables.forEach(
        (name, copied) -> {
          text.append("table.").append(name).append(".rows=").append(copied.rows()).append('\n');
          text.append("table.").append(name).append(".checksum=").append(copied.checksum());
          text.append('\n');
        });
    media.forEach(
        (name, hash) -> text.append("media.").append(name).append('=').append(hash).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The manifest in {@code in}, or a BackupException saying what is wrong with it. */
  static BackupManifest read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    if (!String.valueOf(FORMAT).equals(p.getProperty("format"))) {
      throw new BackupException(
          "its manifest is of format "
              + p.getProperty("format", "(none)")
              + ", this Broadsheet reads format "
              + FORMAT);
    }
    String store = p.getProperty("store.sha256", "");
    if (!SHA256.matcher(store).matches()) {
      throw new BackupException("its manifest gives no checksum of the store");
    }
    Map<String, StoreCopy.Copied> tables = new LinkedHashMap<>();
    Map<String, String> media = new TreeMap<>();
    for (String key : new TreeMap<>(p).keySet().stream().map(String::valueOf).toList()) {
      String value = p.getProperty(key);
      if (key.startsWith("table.") && key.endsWith(".rows")) {
        String table = key.substring(6, key.length() - 5);
        String checksum = p.getProperty("table." + table + ".checksum");
        if (!NAME.matcher(table).matches() || checksum == null || !value.matches("[0-9]{1,18}")) {
          throw new BackupException("its manifest's entry for table " + table + " is damaged");
        }
        tables.put(table, new StoreCopy.Copied(Long.parseLong(value), checksum));
      } else if (key.startsWith("media.")) {
        String name = key.substring(6);
        if (!NAME.matcher(name).matches() || !SHA256.matcher(value).matches()) {
          throw new BackupException("its manifest's entry for media file " + name + " is damaged");
        }
        media.put(name, value);
      }
    }
    if (tables.isEmpty()) {
      throw new BackupException("its manifest lists no tables");
    }
    return new BackupManifest(
        FORMAT, p.getProperty("created", ""), p.getProperty("source", ""), store, tables, media);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
  }
}
