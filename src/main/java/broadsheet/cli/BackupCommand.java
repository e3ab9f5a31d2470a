package broadsheet.cli;

import broadsheet.backup.BackupException;
import broadsheet.backup.SiteBackup;
import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import broadsheet.config.StoreAddress;
import broadsheet.config.StoreLocation;
import broadsheet.media.MediaStore;
import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `broadsheet backup FILE`: the whole site, store and media, in one zip, while it serves. */
@Command(
    name = "backup",
    description =
        "Write the whole site (store, settings, media files) to a zip FILE, consistent, while the"
            + " server runs; `restore` brings it back.")
final class BackupCommand implements Callable<Integer> {
  @CommandLine.Mixin SitePlace site = new SitePlace();

  @Override
  public Integer call() throws Exception {
    MediaLocation location = site.mediaLocation();
    StoreOptions store = site.store;
    StoreLocation source = store.location();
    if (source.inDataDir() && !Files.isRegularFile(Path.of(source.url().substring(7)))) {
      System.err.println(
          "broadsheet: no store to back up at " + StoreAddress.describe(source.url()));
      return 1;
    }
    long started = System.nanoTime();
    try (Database database = Database.open(source.url(), store.connection());
        MediaStore files = MediaStore.open(location, BucketAccess.fromEnvironment())) {
      SiteBackup.Summary summary = SiteBackup.write(database, source.url(), files, site.file);
      summary.missing().forEach(name -> System.out.println("missing " + name));
      System.out.printf(
          "Backed up %d rows in %d tables and %d media files to %s in %.1f s.%n",
          summary.rows(),
          summary.tables(),
          summary.files(),
          site.file,
          (System.nanoTime() - started) / 1e9);
      if (!summary.missing().isEmpty()) {
        System.err.printf(
            "broadsheet: %d files the store lists are not in %s (listed above as missing);"
                + " the backup holds the rest%n",
            summary.missing().size(), files.describe());
        return 1;
      }
      return 0;
    } catch (BackupException e) {
      System.err.println("broadsheet: " + e.getMessage());
      return 1;
    }
  }
}
