package broadsheet.wordpress;

import broadsheet.changes.ChangeLog;
import broadsheet.newsroom.SiteImport;
import broadsheet.store.Database;
import java.io.IOException;
import java.nio.file.Path;

/** The newsroom's import screen runs the same import as {@code broadsheet import-wxr}. */
public final class NewsroomImport implements SiteImport {
  private final Database database;
  private final ChangeLog changes;

  public NewsroomImport(Database database, ChangeLog changes) {
    this.database = database;
    this.changes = changes;
  }

  @Override
  public Outcome run(Path export) throws IOException {
    try {
      ImportReport report = WxrImport.forStore(database, changes).run(export, share -> {});
      return Outcome.done(report.changedAnything(), report.text());
    } catch (WxrException e) {
      return Outcome.refused(e.getMessage());
    }
  }
}
