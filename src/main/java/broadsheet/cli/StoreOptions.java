package broadsheet.cli;

import broadsheet.config.ConnectionSettings;
import broadsheet.config.StoreLocation;
import broadsheet.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command finds the store: a data directory (default ./data) or a database URL, and the
 * database's password when it is kept out of the URL (and so out of the process list).
 */
final class StoreOptions {
  @Option(
      names = "--data",
      defaultValue = "${env:BROADSHEET_DATA:-./data}",
      description = "Data directory: broadsheet.db, index/, media/ (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      defaultValue = "${env:BROADSHEET_DB}",
      description =
          "Store URL instead of the data directory: sqlite:PATH or a PostgreSQL JDBC URL.")
  String db;

  @Option(
      names = "--db-password-file",
      paramLabel = "FILE",
      defaultValue = "${env:BROADSHEET_DB_PASSWORD_FILE}",
      description =
          "The database password, read from the first line of FILE (else BROADSHEET_DB_PASSWORD,"
              + " else the URL's own).")
  Path passwordFile;

  StoreLocation location() {
    return new StoreLocation(data, db);
  }

  /** The store URL, creating the data directory when the store lives in it. */
  String storeUrl() throws IOException {
    StoreLocation location = location();
    if (location.inDataDir()) {
      Files.createDirectories(data);
    }
    return location.url();
  }

  /** How to connect: the password from the file or BROADSHEET_DB_PASSWORD, defaults otherwise. */
  ConnectionSettings connection() {
    return ConnectionSettings.DEFAULT.withPassword(password(passwordFile));
  }

  /** Opens (and migrates) the store these options name. */
  Database open() throws IOException {
    return Database.open(storeUrl(), connection());
  }

  /** The password in {@code file} (its first line), else BROADSHEET_DB_PASSWORD, else null. */
  static String password(Path file) {
    if (file == null) {
      String fromEnvironment = System.getenv("BROADSHEET_DB_PASSWORD");
      return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read the password file " + file, e);
    }
    String line = text.lines().findFirst().orElse("");
    if (line.isEmpty()) {
      throw new IllegalArgumentException("the password file " + file + " is empty");
    }
    return line;
  }
}
