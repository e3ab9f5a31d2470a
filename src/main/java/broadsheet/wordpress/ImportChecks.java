package broadsheet.wordpress;

import broadsheet.checks.Copy;
import broadsheet.checks.EditorialChecks;
import broadsheet.checks.Finding;
import broadsheet.checks.SiteView;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import java.time.Instant;
import java.util.List;

/**
 * The editorial checks on each imported post: the certain repairs applied to its body (unless the
 * import only reports), everything else found reported; both counted per rule in the report, with
 * the first posts named. Runs on the converting threads.
 */
final class ImportChecks {
  /** What a post carries besides its body, as the rules read it. */
  record Post(
      String headline,
      String standfirst,
      FeaturedImage image,
      Instant scheduledFor,
      List<Correction> corrections) {}

  /** The body as it is to be written, and what the rules still find in the post. */
  record Reviewed(WordPressContent.Body body, List<Finding> findings) {}

  private final boolean repair;
  private final SiteView site;
  private final ImportReport report;

  ImportChecks(boolean repair, SiteView site, ImportReport report) {
    this.repair = repair;
    this.site = site;
    this.report = report;
  }

  /** The post's body, repaired where the intent is certain; what remains, reported. */
  Reviewed review(WordPressContent.Body body, Post post, String name) {
    WordPressContent.Body checked = body;
    if (repair) {
      var markdown = EditorialChecks.repair(body.markdown());
      if (markdown.changed()) {
        checked =
            new WordPressContent.Body(markdown.body(), EditorialChecks.repair(body.html()).body());
        markdown.rules().forEach(rule -> report.repaired(rule, name));
      }
    }
    List<Finding> found =
        EditorialChecks.find(
            Copy.of(
                post.headline(),
                post.standfirst(),
                checked.markdown(),
                checked.html(),
                post.image(),
                post.scheduledFor(),
                post.corrections()),
            site);
    found.stream().map(Finding::rule).distinct().forEach(rule -> report.found(rule, name));
    return new Reviewed(checked, found);
  }
}
