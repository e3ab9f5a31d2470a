package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `broadsheet check`: a table per rule and the articles affected; `--fix` turns leaked emphasis
 * into strong text as a revision of the system account, with the old text kept to restore.
 */
class CheckCommandTest {
  private static final String LEAKED =
      "<p>Officials said it was not a proposal that **“automatically paves the way for"
          + " peace.”** The talks go on.</p>\n";

  @TempDir Path temp;

  @Test
  void reportsPerRuleAndFixesLeakedEmphasisAsARestorableRevision() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    long leaked;
    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      Fixtures f = Fixtures.on(db);
      long section = f.section("world", "World", null);
      long author = f.author("ada", "Ada");
      leaked = f.article("talks", section, "Ceasefire talks resume", LEAKED, author, List.of(), 2);
      f.article(
          "quay", section, "Quay reopens", "The quay reopens on Monday.", author, List.of(), 3);
    }

    Run report = Run.of(Map.of(), List.of(), "check", "--data", data.toString());
    assertThat(report.exit()).as(report.err()).isEqualTo(3);
    assertThat(report.out()).contains("Checked 2 articles");
    assertThat(report.out().lines().filter(l -> l.startsWith("raw-markdown")))
        .singleElement()
        .satisfies(
            l -> assertThat(l.split("\\s+")).containsExactly("raw-markdown", "blocks", "1", "1"));
    assertThat(report.out()).contains(leaked + " /world/talks — raw-markdown");

    java.time.Instant updatedBefore;
    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      var before = new ArticleRepository(db).findById(leaked).orElseThrow();
      assertThat(before.isPublished()).isTrue();
      updatedBefore = before.updatedAt();
    }
    Run fixed = Run.of(Map.of(), List.of(), "check", "--data", data.toString(), "--fix");
    assertThat(fixed.exit()).as(fixed.out() + fixed.err()).isEqualTo(0);
    assertThat(fixed.out()).contains("repaired (raw-markdown): 1 articles");

    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      var a = new ArticleRepository(db).findById(leaked).orElseThrow();
      assertThat(a.bodyMarkdown())
          .contains("<strong>“automatically paves the way for peace.”</strong>")
          .doesNotContain("**");
      assertThat(a.bodyHtml())
          .contains("<strong>“automatically paves the way for peace.”</strong>");
      // How the text shows was repaired, not what it says: readers see no new update time.
      assertThat(a.updatedAt()).isEqualTo(updatedBefore);
      List<Map<String, Object>> revisions =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT r.body_markdown, r.note, a.name FROM revisions r LEFT JOIN"
                                  + " accounts a ON a.id = r.account_id WHERE r.article_id = :id"
                                  + " ORDER BY r.id")
                          .bind("id", leaked)
                          .mapToMap()
                          .list());
      assertThat(revisions).hasSize(2);
      assertThat(revisions.get(0).get("body_markdown")).isEqualTo(LEAKED);
      assertThat(revisions.get(1).get("note").toString())
          .contains("check --fix")
          .contains("raw-markdown");
      assertThat(revisions.get(1).get("name").toString()).startsWith("Editorial checks");
    }
    Run again = Run.of(Map.of(), List.of(), "check", "--data", data.toString(), "--fix");
    assertThat(again.out()).doesNotContain("repaired");
  }

  @Test
  void badStyleValuesAreUsageErrors() throws Exception {
    Run bad = Run.of(Map.of(), List.of(), "check", "--data", temp.toString(), "--quotes", "fancy");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--quotes is curly or straight");
  }
}
