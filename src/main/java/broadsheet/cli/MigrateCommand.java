package broadsheet.cli;

import broadsheet.changes.ChangeLog;
import broadsheet.config.ConnectionSettings;
import broadsheet.config.StoreAddress;
import broadsheet.config.StoreLocation;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import broadsheet.store.StoreCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `broadsheet migrate --from STORE --to STORE`: the whole site copied into another store, ids kept,
 * checked table by table, then the target's search index rebuilt. Media files stay where they are.
 */
@Command(
    name = "migrate",
    description = "Copy the whole site from one store to another (e.g. SQLite to PostgreSQL).")
final class MigrateCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      required = true,
      paramLabel = "STORE",
      description = "The store to copy: a data directory, sqlite:PATH or a PostgreSQL JDBC URL.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "STORE",
      description = "The store to fill, the same forms; it must hold no content yet.")
  String to;

  @Option(names = "--replace", description = "Overwrite what the target store holds.")
  boolean replace;

  @Option(
      names = "--data",
      defaultValue = "${env:BROADSHEET_DATA:-./data}",
      description =
          "Data directory whose search index is rebuilt when the target is a database URL"
              + " (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db-password-file",
      paramLabel = "FILE",
      defaultValue = "${env:BROADSHEET_DB_PASSWORD_FILE}",
      description =
          "Password for a PostgreSQL store whose URL has none (else BROADSHEET_DB_PASSWORD).")
  Path passwordFile;

  /** A store as named on the command line: its URL and the data directory that goes with it. */
  record Named(String url, Path dataDir) {
    /** One store, the same whichever way it was written (a folder or its SQLite file). */
    String identity() throws IOException {
      if (url.startsWith("sqlite:")) {
        Path file = Path.of(url.substring("sqlite:".length())).toAbsolutePath().normalize();
        return "sqlite:" + (Files.exists(file) ? file.toRealPath() : file);
      }
      return StoreAddress.describe(url).toLowerCase(Locale.ROOT);
    }

    boolean isFile() {
      return url.startsWith("sqlite:");
    }
  }

  @Override
  public Integer call() throws Exception {
    Named source = named(from);
    Named target = named(to);
    if (source == null || target == null) {
      String bad = source == null ? from : to;
      System.err.println(
          "broadsheet: unknown store "
              + StoreAddress.redact(bad)
              + ": use a data directory, sqlite:PATH or jdbc:postgresql://HOST/DB");
      return 2;
    }
    if (source.identity().equals(target.identity())) {
      System.err.println(
          "broadsheet: --from and --to name the same store, "
              + StoreAddress.describe(source.url()));
      return 2;
    }
    if (source.isFile() && !Files.isRegularFile(Path.of(source.url().substring(7)))) {
      throw new IllegalArgumentException(
          "no store to copy at " + StoreAddress.describe(source.url()));
    }
    if (target.isFile()) {
      Files.createDirectories(target.dataDir());
    }
    var settings = ConnectionSettings.DEFAULT.withPassword(StoreOptions.password(passwordFile));
    long started = System.nanoTime();
    boolean terminal = System.console() != null;
    try (Database in = Database.open(source.url(), settings);
        Database out = Database.open(target.url(), settings)) {
      long total = new StoreCopy(in, out).count();
      StoreCopy.Report report;
      try {
        report =
            new StoreCopy(in, out)
                .run(
                    replace,
                    done -> {
                      if (terminal) {
                        System.err.print(Progress.line("Copying", done, total));
                      }
                    });
      } finally {
        if (terminal) {
          System.err.println();
        }
      }
      System.out.printf(
          "Copied %d rows in %d tables from %s to %s in %.1f s.%n",
          report.rows(),
          report.tables().size(),
          StoreAddress.describe(source.url()),
          StoreAddress.describe(target.url()),
          (System.nanoTime() - started) / 1e9);
      report
          .tables()
          .forEach(
              (table, copied) ->
                  System.out.printf(
                      "  %-20s %9d rows  checksum %s%n", table, copied.rows(), copied.checksum()));
      System.out.println(
          "Verified: every table has the same row count and checksum in both stores.");
      reindex(
          new ArticleRepository(out),
          new ChangeLog(out, ChangeLog.originOf("migrate")),
          target.dataDir(),
          terminal);
    }
    return 0;
  }

  /** The store {@code text} names, or null when it names none Broadsheet knows. */
  private Named named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sqlite:") || lower.startsWith("jdbc:sqlite:")) {
      Path file = Path.of(text.substring(text.indexOf("sqlite:") + 7));
      Path folder = file.toAbsolutePath().getParent();
      return new Named("sqlite:" + file, folder);
    }
    if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql:")) {
      return new Named(text, data);
    }
    if (lower.startsWith("jdbc:") || text.contains("://") || text.isBlank()) {
      return null;
    }
    Path folder = Path.of(text);
    return new Named(StoreLocation.in(folder).url(), folder);
  }

  static void reindex(ArticleRepository articles, ChangeLog changes, Path dataDir, boolean terminal)
      throws IOException {
    try {
      int n =
          ReindexCommand.rebuild(articles, changes, dataDir, terminal, articles.countPublished());
      System.out.println("Search index of " + dataDir + " rebuilt: " + n + " published articles.");
    } catch (LockObtainFailedException e) {
      System.out.println(
          "The search index of "
              + dataDir
              + " is in use by a running server: restart it or run `broadsheet reindex`.");
    }
  }
}
