package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists of names come in one order on both stores, whatever the database's collation. */
class ListOrderTest {
  @TempDir Path dir;

  // Bytes put "Banana" first; a locale's collation skips the hyphen; neither is the order here.
  private static final List<String> NAMES = List.of("banana", "apple", "Banana", "a-c", "Zoë");
  private static final List<String> ORDERED = List.of("a-c", "apple", "Banana", "banana", "Zoë");

  @Test
  void tagsAuthorsAndAnArticlesTagsAreInNameOrder() {
    try (Database db = TestStore.open(dir)) {
      TagRepository tags = new TagRepository(db);
      AuthorRepository authors = new AuthorRepository(db);
      int n = 0;
      for (String name : NAMES) {
        n++;
        String slug = "t" + n;
        db.jdbi().useHandle(h -> tags.ensure(h, slug, name));
        authors.insert("a" + n, name, "", null);
      }
      assertThat(tags.all()).extracting(Tag::name).containsExactlyElementsOf(ORDERED);
      assertThat(authors.all()).extracting(Author::name).containsExactlyElementsOf(ORDERED);

      Fixtures f = Fixtures.on(db);
      long story = f.article("story", f.section("s", "S", null), "Story", "Text.", 1, List.of(), 1);
      for (Tag tag : tags.all()) {
        db.jdbi()
            .useHandle(
                h ->
                    h.execute(
                        "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                        story,
                        tag.id()));
      }
      assertThat(new ArticleRepository(db).findBySlug("story").orElseThrow().tags())
          .extracting(Tag::name)
          .containsExactlyElementsOf(ORDERED);
    }
  }
}
