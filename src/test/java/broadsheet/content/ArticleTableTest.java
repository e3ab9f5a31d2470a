package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a draft goes into the articles table and comes back, on create and on update. */
class ArticleTableTest {
  @TempDir Path dir;

  @Test
  void everyFieldOfADraftReadsBackAfterAnInsertAndAnUpdate() {
    try (Database db = TestStore.open(dir)) {
      var sections = new SectionRepository(db);
      long world = sections.insert("world", "World", "", 0, null);
      long city = sections.insert("city", "City", "Local news", 1, world);
      var authors = new AuthorRepository(db);
      long ada = authors.insert("ada", "Ada", "Writes.", "/a.png");
      long bo = authors.insert("bo", "Bo", "", null);
      var tags = new TagRepository(db);
      long harbour = tags.ensure("Harbour");
      long ferries = tags.ensure("Ferries");
      var writes = new ArticleWrites(db);
      var reads = new ArticleRepository(db);

      ArticleDraft first =
          new ArticleDraft(
              "ferry-strike",
              world,
              "Ferry strike",
              "Crews walk out.",
              "Crews *walk out*.",
              "<p>Crews <em>walk out</em>.</p>",
              Status.PUBLISHED,
              ZoneId.of("Europe/London"),
              Instant.parse("2026-11-20T08:30:00Z"),
              Instant.parse("2026-11-21T09:00:00Z"),
              new FeaturedImage("/m/ferry.jpg", "A ferry", "The ferry at dawn", "Desk"),
              "https://example.org/ferry",
              "Ferry strike: crews walk out",
              "Why the crews walked out.",
              List.of(bo, ada),
              List.of(harbour, ferries));
      long id = writes.insert(first);
      assertSame(reads.findById(id).orElseThrow(), id, first, world);

      ArticleDraft second =
          new ArticleDraft(
              "ferry-strike-ends",
              city,
              "Ferry strike ends",
              "",
              "Back to work.",
              "<p>Back to work.</p>",
              Status.DRAFT,
              ZoneId.of("America/New_York"),
              null,
              null,
              null,
              null,
              null,
              null,
              List.of(ada),
              List.of());
      writes.update(id, second);
      assertSame(reads.findById(id).orElseThrow(), id, second, city);
      // The reader's form leaves only the Markdown source unread.
      Article read = reads.findBySlug("ferry-strike-ends").orElseThrow();
      assertThat(read.bodyMarkdown()).isEmpty();
      assertThat(read.bodyHtml()).isEqualTo(second.bodyHtml());
    }
  }

  private static void assertSame(Article a, long id, ArticleDraft d, long section) {
    assertThat(a.id()).isEqualTo(id);
    assertThat(a.slug()).isEqualTo(d.slug());
    assertThat(a.section().id()).isEqualTo(section);
    assertThat(a.headline()).isEqualTo(d.headline());
    assertThat(a.standfirst()).isEqualTo(d.standfirst());
    assertThat(a.bodyMarkdown()).isEqualTo(d.bodyMarkdown());
    assertThat(a.bodyHtml()).isEqualTo(d.bodyHtml());
    assertThat(a.status()).isEqualTo(d.status());
    assertThat(a.timeZone()).isEqualTo(d.timeZone());
    assertThat(a.createdAt()).isNotNull();
    assertThat(a.publishedAt()).isEqualTo(d.publishedAt());
    assertThat(a.updatedAt()).isEqualTo(d.updatedAt());
    assertThat(a.image()).isEqualTo(d.image());
    assertThat(a.canonicalUrl()).isEqualTo(d.canonicalUrl());
    assertThat(a.seoTitle()).isEqualTo(d.seoTitle());
    assertThat(a.seoDescription()).isEqualTo(d.seoDescription());
    assertThat(a.authors().stream().map(Author::id).toList()).isEqualTo(d.authorIds());
    assertThat(a.tags().stream().map(Tag::id).toList())
        .containsExactlyInAnyOrderElementsOf(d.tagIds());
  }
}
