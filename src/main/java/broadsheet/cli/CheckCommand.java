package broadsheet.cli;

import broadsheet.changes.ChangeFeed;
import broadsheet.changes.ChangeLog;
import broadsheet.checks.EditorialChecks;
import broadsheet.checks.SiteCheck;
import broadsheet.checks.SiteView;
import broadsheet.checks.SiteViews;
import broadsheet.checks.Style;
import broadsheet.content.ArticleRepository;
import broadsheet.newsroom.Desk;
import broadsheet.newsroom.SystemAccount;
import broadsheet.store.Database;
import broadsheet.wordpress.ImportedSites;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `broadsheet check [--fix]`: every editorial rule over every article, a table per rule and the
 * articles affected; with --fix the certain repairs are saved as revisions of a system account.
 */
@Command(
    name = "check",
    description =
        "Run the editorial checks over every article: a summary per rule and the articles"
            + " affected. Exit code 0 when nothing blocks publishing, 3 when something does.")
final class CheckCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--fix",
      description =
          "Apply the certain repairs (leaked emphasis, entities encoded twice) as new revisions"
              + " under the account \"Editorial checks\", restorable from each article's history.")
  boolean fix;

  @Option(
      names = "--preview-host",
      defaultValue = "${env:BROADSHEET_PREVIEW_HOST}",
      description = "The preview host, whose links readers cannot follow.")
  String previewHost;

  @Option(
      names = "--quotes",
      paramLabel = "curly|straight",
      description = "Set the paper's quote style (stored; used by the newsroom too).")
  String quotes;

  @Option(
      names = "--headline-chars",
      paramLabel = "N",
      description = "Set the longest headline in characters (stored; default 80).")
  Integer headlineChars;

  @Option(
      names = "--headline-width",
      paramLabel = "PX",
      description = "Set the widest headline in pixels at 20 px (stored; default 760).")
  Integer headlineWidth;

  @Option(
      names = "--list",
      paramLabel = "N",
      defaultValue = "50",
      description = "List at most N affected articles (default ${DEFAULT-VALUE}).")
  int list;

  @Override
  public Integer call() throws Exception {
    var problems =
        Style.problems(
            quotes,
            headlineChars == null ? null : headlineChars.toString(),
            headlineWidth == null ? null : headlineWidth.toString());
    if (!problems.isEmpty()) {
      problems.forEach(
          (field, allowed) ->
              System.err.println(
                  "broadsheet: --" + field.replace('_', '-') + " is " + allowed + "."));
      return 2;
    }
    long started = System.nanoTime();
    boolean terminal = System.console() != null;
    try (Database database = store.open()) {
      Clock clock = Clock.systemUTC();
      var views = new SiteViews(database, previewHost, () -> ImportedSites.hosts(database), clock);
      Style style = views.style();
      if (quotes != null || headlineChars != null || headlineWidth != null) {
        views.save(
            new Style(
                quotes == null ? style.curlyQuotes() : quotes.equals("curly"),
                headlineChars == null ? style.headlineChars() : headlineChars,
                headlineWidth == null ? style.headlineWidth() : headlineWidth));
      }
      SiteView site = views.get();
      var articles = new ArticleRepository(database);
      var check = new SiteCheck(database, articles, site);
      int total = check.total();
      SiteCheck.Fixer fixer = null;
      if (fix) {
        var changes =
            new ChangeFeed(database, new ChangeLog(database, ChangeLog.originOf("check")), clock);
        Desk desk = Desk.forTools(database, changes, clock);
        var account = SystemAccount.of(database);
        fixer =
            (a, body, rules) ->
                desk.saveBody(
                    account, a, body, "repaired by check --fix: " + String.join(", ", rules));
      }
      SiteCheck.Summary summary;
      try {
        summary =
            check.run(
                done -> {
                  if (terminal) {
                    System.err.print(Progress.line("Checking", done, total));
                  }
                },
                fixer);
      } finally {
        if (terminal) {
          System.err.println();
        }
      }
      print(summary, System.out, (System.nanoTime() - started) / 1e9);
      boolean blocked =
          summary.perRule().entrySet().stream()
              .anyMatch(e -> EditorialChecks.isBlocking(e.getKey()) && e.getValue()[0] > 0);
      return blocked ? 3 : 0;
    }
  }

  private void print(SiteCheck.Summary summary, PrintStream out, double seconds) {
    out.printf("Checked %d articles in %.1f s.%n", summary.articles(), seconds);
    out.printf("%-28s %-8s %9s %9s%n", "rule", "kind", "findings", "articles");
    summary
        .perRule()
        .forEach(
            (rule, n) ->
                out.printf(
                    "%-28s %-8s %9d %9d%n",
                    rule, EditorialChecks.isBlocking(rule) ? "blocks" : "warns", n[0], n[1]));
    summary.repaired().forEach((rule, n) -> out.printf("repaired (%s): %d articles%n", rule, n));
    if (!summary.affected().isEmpty()) {
      out.println("Articles with findings:");
      summary.affected().stream()
          .limit(list)
          .forEach(
              a -> out.printf("  %d %s — %s%n", a.id(), a.path(), String.join(", ", a.rules())));
      if (summary.affected().size() > list) {
        out.printf("  … and %d more (--list N shows more)%n", summary.affected().size() - list);
      }
    }
  }
}
