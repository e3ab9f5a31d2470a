package broadsheet.cli;

import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleRepository;
import broadsheet.search.SearchIndex;
import broadsheet.store.Database;
import broadsheet.wordpress.ImportReport;
import broadsheet.wordpress.WxrImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `broadsheet import-wxr FILE`: a WordPress export into the store, then the search index. */
@Command(name = "import-wxr", description = "Import a WordPress export (WXR 1.0–1.2).")
final class ImportWxrCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The WordPress export (.xml).")
  Path file;

  @Mixin StoreOptions store = new StoreOptions();

  @picocli.CommandLine.Option(
      names = "--no-repair",
      description =
          "Only report what the editorial checks find; by default leaked emphasis Markdown and"
              + " entities encoded twice are repaired as posts come in (both are reported).")
  boolean noRepair;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file + ": no such readable file");
    }
    boolean terminal = System.console() != null;
    try (Database database = store.open()) {
      var changes = new ChangeLog(database, ChangeLog.originOf("import-wxr"));
      ImportReport report;
      try {
        report =
            WxrImport.forStore(database, changes)
                .repairing(!noRepair)
                .run(
                    file,
                    share -> {
                      if (terminal) {
                        System.err.print(Progress.line("Importing", share, 1000));
                      }
                    });
      } finally {
        if (terminal) {
          System.err.println();
        }
      }
      System.out.print(report.text());
      if (report.changedAnything()) {
        reindex(new ArticleRepository(database), changes);
      }
    }
    return 0;
  }

  /**
   * Brings the data directory's search index up to date, unless a running server holds it: every
   * server follows the store's change feed, and rebuilds its own index after an import.
   */
  private void reindex(ArticleRepository articles, ChangeLog changes) throws Exception {
    try (SearchIndex index =
        SearchIndex.open(store.data.resolve("index"), articles, changes, false)) {
      int n = index.rebuild(done -> {});
      System.out.println("search index rebuilt: " + n + " published articles");
    } catch (LockObtainFailedException e) {
      System.out.println("search index in use by a running server, which rebuilds it itself");
    }
  }
}
