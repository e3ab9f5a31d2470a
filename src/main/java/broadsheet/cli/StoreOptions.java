package broadsheet.cli;

import broadsheet.config.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command finds the store: a data directory (default ./data) or a database URL. */
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
}
