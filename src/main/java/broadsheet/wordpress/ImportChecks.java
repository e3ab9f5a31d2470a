package broadsheet.wordpress;

import broadsheet.checks.Copy;
import broadsheet.checks.EditorialChecks;
import broadsheet.checks.Finding;
import broadsheet.checks.SiteView;
import java.util.List;

/**
 * The editorial checks on each imported post: the certain repairs applied to its body (unless the
 * import only reports), everything else found reported; both counted per rule in the report, with
 * the first posts named. Runs on the converting threads.
 */
final class ImportChecks {
  private final boolean repair;
  private final SiteView site;
  private final ImportReport report;

  ImportChecks(boolean repair, SiteView site, ImportReport report) {
    this.repair = repair;
    this.site = site;
    this.report = report;
  }

  /** The post's body, repaired where the intent is certain; what remains, reported. */
  WordPressContent.Body review(
      WordPressContent.Body body, String headline, String standfirst, String post) {
    WordPressContent.Body checked = body;
    if (repair) {
      var markdown = EditorialChecks.repair(body.markdown());
      if (markdown.changed()) {
        checked =
            new WordPressContent.Body(markdown.body(), EditorialChecks.repair(body.html()).body());
        markdown.rules().forEach(rule -> report.repaired(rule, post));
      }
    }
    List<Finding> found =
        EditorialChecks.find(
            new Copy(
                headline,
                standfirst,
                checked.markdown(),
                checked.html(),
                "",
                "",
                "",
                null,
                List.of()),
            site);
    found.stream().map(Finding::rule).distinct().forEach(rule -> report.found(rule, post));
    return checked;
  }
}
