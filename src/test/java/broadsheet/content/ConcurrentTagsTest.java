package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestStore;
import broadsheet.Together;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves that bring the same new tag at the same moment all get that one tag. */
class ConcurrentTagsTest {
  @TempDir Path dir;

  @Test
  void writersCreatingTheSameNewTagAtOnceAllGetIt() throws Exception {
    try (Database db = TestStore.open(dir)) {
      TagRepository tags = new TagRepository(db);
      for (int round = 0; round < 10; round++) {
        String name = "Fresh tag " + round;
        List<Long> ids =
            Together.run(
                3,
                () ->
                    db.jdbi()
                        .inTransaction(
                            h -> {
                              long id = tags.ensure(h, name);
                              // A save's transaction goes on a moment after the tag.
                              Thread.sleep(30);
                              return id;
                            }));
        assertThat(ids).as(name).hasSize(3).containsOnly(ids.getFirst());
        assertThat(tags.findBySlug(Slugs.of(name)).orElseThrow().id()).isEqualTo(ids.getFirst());
      }
    }
  }
}
