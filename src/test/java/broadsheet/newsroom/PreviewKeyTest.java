package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.Together;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nodes that start together on a new store agree on one preview key, and none fails. */
class PreviewKeyTest {
  @TempDir Path dir;

  @Test
  void nodesStartingAtOnceShareOneKey() throws Exception {
    for (int round = 0; round < 5; round++) {
      try (Database db = TestStore.open(dir.resolve("store-" + round))) {
        Fixtures f = Fixtures.on(db);
        long article =
            f.article(
                "a", f.section("s", "S", null), "A", "Text.", f.author("b", "B"), List.of(), 1);
        List<PreviewLinks> nodes = Together.run(4, () -> new PreviewLinks(db, Clock.systemUTC()));
        db.jdbi()
            .useHandle(
                h ->
                    h.execute(
                        "INSERT INTO preview_links (article_id, created_at, expires_at)"
                            + " VALUES (?, '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z')",
                        article));
        List<String> urls =
            nodes.stream().map(n -> n.forArticle(article, "/a", "h").getFirst().url()).toList();
        assertThat(urls).containsOnly(urls.getFirst());
      }
    }
  }
}
