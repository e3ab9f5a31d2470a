package broadsheet.cli;

import broadsheet.content.ArticleRepository;
import broadsheet.search.RelatedArticles;
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

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + file + ": no such readable file");
    }
    boolean terminal = System.console() != null;
    try (Database database = store.open()) {
      ImportReport report;
      try {
        report =
            WxrImport.forStore(database)
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
        RelatedArticles.forgetAll(database);
        reindex(new ArticleRepository(database));
      }
    }
    return 0;
  }

  /** Brings the search index up to date, unless a running server holds it (it then catches up). */
  private void reindex(ArticleRepository articles) throws Exception {
    try (SearchIndex index = SearchIndex.open(store.data.resolve("index"), articles, false)) {
      int n = index.rebuild(done -> {});
      System.out.println("search index rebuilt: " + n + " published articles");
    } catch (LockObtainFailedException e) {
      System.out.println(
          "search index in use by a running server: restart it or run `broadsheet reindex`");
    }
  }
}
