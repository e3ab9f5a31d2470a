package broadsheet.cli;

import broadsheet.backup.BackupException;
import broadsheet.backup.SiteRestore;
import broadsheet.changes.ChangeLog;
import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import broadsheet.config.StoreAddress;
import broadsheet.content.ArticleRepository;
import broadsheet.media.MediaStore;
import broadsheet.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * `broadsheet restore FILE`: a backup put back into an empty store, checked whole first, then the
 * target's search index rebuilt.
 */
@Command(
    name = "restore",
    description =
        "Bring a backup back into an EMPTY store (a data directory or --db URL) and media store;"
            + " the backup is checked whole first, and a store holding content is refused.")
final class RestoreCommand implements Callable<Integer> {
  @CommandLine.Mixin SitePlace site = new SitePlace();

  @Override
  public Integer call() throws Exception {
    MediaLocation location = site.mediaLocation();
    StoreOptions store = site.store;
    long started = System.nanoTime();
    try (SiteRestore backup = SiteRestore.open(site.file)) {
      System.out.println("Backup " + site.file + ", " + backup.describe() + ".");
      String url = store.storeUrl();
      try (Database target = Database.open(url, store.connection());
          MediaStore files = MediaStore.open(location, BucketAccess.fromEnvironment())) {
        files.check();
        SiteRestore.Summary summary = backup.into(target, StoreAddress.describe(url), files);
        System.out.printf(
            "Restored %d rows in %d tables and %d media files to %s and %s in %.1f s.%n",
            summary.rows(),
            summary.tables(),
            summary.files(),
            StoreAddress.describe(url),
            files.describe(),
            (System.nanoTime() - started) / 1e9);
        MigrateCommand.reindex(
            new ArticleRepository(target),
            new ChangeLog(target, ChangeLog.originOf("restore")),
            store.data,
            System.console() != null);
      }
      return 0;
    } catch (BackupException | IllegalStateException e) {
      System.err.println("broadsheet: " + e.getMessage());
      return 1;
    }
  }
}
