package broadsheet;

import broadsheet.content.ArticleRepository;
import broadsheet.search.SearchIndex;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `broadsheet reindex`: rebuilds the search index from the store, with a progress line. */
@Command(name = "reindex", description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      defaultValue = "${env:BROADSHEET_DATA:-./data}",
      description = "Data directory (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      defaultValue = "${env:BROADSHEET_DB}",
      description = "Store URL instead of --data.")
  String db;

  @Override
  public Integer call() throws Exception {
    String url = db != null && !db.isBlank() ? db : "sqlite:" + data.resolve("broadsheet.db");
    long started = System.nanoTime();
    try (Database database = Database.open(url)) {
      var articles = new ArticleRepository(database);
      int total = articles.countPublished();
      boolean terminal = System.console() != null;
      try (SearchIndex index = SearchIndex.open(data.resolve("index"), articles, false)) {
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
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            "Indexed %d published articles in %.1f s (%.0f/s).%n", done, seconds, done / seconds);
      }
    }
    return 0;
  }
}
