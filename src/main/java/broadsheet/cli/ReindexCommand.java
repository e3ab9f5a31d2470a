package broadsheet.cli;

import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleRepository;
import broadsheet.search.RelatedArticles;
import broadsheet.search.SearchIndex;
import broadsheet.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `broadsheet reindex`: rebuilds the search index from the store, with a progress line. */
@Command(name = "reindex", description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    try (Database database = store.open()) {
      var articles = new ArticleRepository(database);
      int total = articles.countPublished();
      boolean terminal = System.console() != null;
      // Stored related lists came from the old index; each is computed again on its next view.
      RelatedArticles.forgetAll(database);
      var changes = new ChangeLog(database, ChangeLog.originOf("reindex"));
      int done = rebuild(articles, changes, store.data, terminal, total);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "Indexed %d published articles in %.1f s (%.0f/s).%n", done, seconds, done / seconds);
    }
    return 0;
  }

  /** Rebuilds the search index of {@code dataDir} from the store, with a progress line. */
  static int rebuild(
      ArticleRepository articles, ChangeLog changes, Path dataDir, boolean terminal, int total)
      throws IOException {
    try (SearchIndex index = SearchIndex.open(dataDir.resolve("index"), articles, changes, false)) {
      int done =
          index.rebuild(
              n -> {
                if (terminal) {
                  System.err.print(Progress.line("Indexing", n, total));
                }
              });
      if (terminal) {
        System.err.println();
      }
      return done;
    }
  }
}
