package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.content.Correction;
import broadsheet.content.SettingsRepository;
import broadsheet.content.Status;
import broadsheet.demo.DemoPaper;
import broadsheet.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-wxr then import-wxr into a fresh store gives the same paper back. */
class ExportRoundTripTest {
  @TempDir Path temp;

  @Test
  void theDemoPaperSurvivesARoundTrip() throws Exception {
    Path file = temp.resolve("paper.xml");
    List<Map<String, Object>> articles;
    List<Map<String, Object>> rest;
    try (Database original = TestStore.open(temp.resolve("original"))) {
      DemoPaper.seed(original, Instant.now());
      everyStatusAndACorrection(original);
      var site = new SettingsRepository(original).load("https://courier.example");
      var summary = new WxrExport(original, WxrImport.Repositories.of(original), site).write(file);
      assertThat(summary.articles()).isGreaterThan(40);
      articles = articles(original);
      rest = everythingElse(original);
    }
    assertThat(Files.readString(file))
        .contains("<wp:wxr_version>1.2</wp:wxr_version>")
        .contains("xmlns:wp=\"http://wordpress.org/export/1.2/\"");

    try (Database copy = TestStore.open(temp.resolve("copy"))) {
      ImportReport report =
          WxrImport.forStore(copy, new ChangeLog(copy, "test")).run(file, share -> {});
      assertThat(report.unmappedMeta()).isEmpty();
      sameRows(articles(copy), articles);
      sameRows(everythingElse(copy), rest);

      // And once more: our own export imported again changes nothing.
      assertThat(
              WxrImport.forStore(copy, new ChangeLog(copy, "test"))
                  .run(file, share -> {})
                  .changedAnything())
          .isFalse();
    }
  }

  @Test
  void anImportedWordPressSiteGoesOutAndBackTheSame() throws Exception {
    Path file = temp.resolve("theme.xml");
    List<Map<String, Object>> articles;
    List<Map<String, Object>> rest;
    try (Database original = TestStore.open(temp.resolve("original"))) {
      WxrImport.forStore(original, new ChangeLog(original, "test"))
          .run(Corpus.file("themeunittestdata.wordpress.xml"), s -> {});
      var site = new SettingsRepository(original).load("https://courier.example");
      new WxrExport(original, WxrImport.Repositories.of(original), site).write(file);
      articles = articles(original);
      rest = everythingElse(original);
    }
    try (Database copy = TestStore.open(temp.resolve("copy"))) {
      WxrImport.forStore(copy, new ChangeLog(copy, "test")).run(file, share -> {});
      assertThat(articles).hasSize(58);
      sameRows(articles(copy), articles);
      sameRows(everythingElse(copy), rest);
    }
  }

  /** Row by row and field by field, so that a difference names itself. */
  private static void sameRows(
      List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      for (var field : expected.get(i).entrySet()) {
        Object value = field.getValue();
        if (field.getKey().equals("image_url")
            && value instanceof String url
            && url.startsWith("/")) {
          // Media files stay where they are; the copy names them by their full address.
          value = "https://courier.example" + url;
        }
        assertThat(actual.get(i).get(field.getKey()))
            .as(expected.get(i).get("slug") + " " + field.getKey())
            .isEqualTo(value);
      }
    }
  }

  /** The demo paper is all published; add one article in every other state, and a correction. */
  private static void everyStatusAndACorrection(Database db) {
    ArticleRepository articles = new ArticleRepository(db);
    ArticleWrites writes = new ArticleWrites(db);
    var sample = articles.latest(1, 0).getFirst();
    Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (Status status :
        List.of(Status.DRAFT, Status.REVIEW, Status.SCHEDULED, Status.UNPUBLISHED)) {
      boolean dated = status == Status.SCHEDULED || status == Status.UNPUBLISHED;
      writes.insert(
          new ArticleDraft(
              "in-state-" + status.code(),
              sample.section().id(),
              "An article in state " + status.code(),
              "Its standfirst.",
              "Its body, with **bold** text.",
              new broadsheet.content.BodyRenderer().render("Its body, with **bold** text."),
              status,
              sample.timeZone(),
              dated ? at.plus(2, ChronoUnit.DAYS) : null,
              null,
              null,
              null,
              null,
              null,
              sample.authors().stream().map(a -> a.id()).toList(),
              List.of()));
    }
    writes.addCorrection(sample.id(), Correction.Kind.CORRECTION, "A name was misspelt.", at);
  }

  private static List<Map<String, Object>> articles(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT a.slug, a.headline, a.standfirst, a.body_html, a.status,
                          a.published_at, a.image_url, a.image_alt, a.image_caption, a.image_credit,
                          a.seo_title, a.seo_description, a.canonical_url, s.slug AS section,
                          (SELECT STRING_AGG(g.slug, ',' ORDER BY g.slug) FROM tags g
                             JOIN article_tags t ON t.tag_id = g.id
                             WHERE t.article_id = a.id) AS tags,
                          (SELECT STRING_AGG(au.slug, ',' ORDER BY w.position) FROM authors au
                             JOIN article_authors w ON w.author_id = au.id
                             WHERE w.article_id = a.id) AS bylines,
                          (SELECT STRING_AGG(c.kind || ' ' || c.created_at || ' ' || c.body, ','
                               ORDER BY c.id)
                             FROM corrections c WHERE c.article_id = a.id) AS corrections
                        FROM articles a JOIN sections s ON s.id = a.section_id ORDER BY a.slug
                        """)
                    .mapToMap()
                    .list());
  }

  private static List<Map<String, Object>> everythingElse(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT 'section' AS kind, s.slug, s.name AS name, p.slug AS extra
                          FROM sections s LEFT JOIN sections p ON p.id = s.parent_id
                        UNION ALL SELECT 'tag', slug, name, NULL FROM tags
                        UNION ALL SELECT 'author', slug, name, NULL FROM authors
                        UNION ALL SELECT 'page', slug, title, status || ' ' || body_html FROM pages
                        ORDER BY 1, 2
                        """)
                    .mapToMap()
                    .list());
  }
}
