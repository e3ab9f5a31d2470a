package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.ServingNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with SIGKILL while it publishes: the other node keeps serving, the store holds
 * every article either published (with its history and its change) or still scheduled, never half
 * of it, the other node publishes the rest exactly once, and the killed node, started again,
 * catches up.
 */
class KilledNodeTest {
  private static final int STORIES = 12;

  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);
  @TempDir Path temp;

  @Test
  void aNodeKilledWhilePublishingLeavesNoHalfPublishedArticleAndCatchesUpWhenBack()
      throws Exception {
    Staff editor = Staff.signedIn(site, "killed-node@test.example", "editor");
    // This node's clock runs an hour behind, so only the other node's scheduler finds them due.
    site.clock().advance(Duration.ofHours(-1));
    String when =
        LocalDateTime.now(site.clock().withZone(Fixtures.ZONE))
            .plusHours(1)
            .plusSeconds(8)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      long id = WorkflowTest.write(editor, "Tide report number " + i);
      assertThat(WorkflowTest.schedule(editor, id, when)).isEqualTo(303);
      ids.add(id);
    }

    ServingNode other = node(temp.resolve("other")).start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (published(ids) == 0) {
        assertThat(System.nanoTime()).as("the other node publishes").isLessThan(deadline);
        Thread.sleep(5);
      }
      other.kill();
    } finally {
      other.kill();
    }
    int byTheKilledNode = published(ids);
    assertThat(site.get("/").statusCode()).isEqualTo(200);
    assertNothingHalfPublished(ids);

    // This node's scheduler takes the rest, each exactly once.
    site.clock().advance(Duration.ofHours(1));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (published(ids) < STORIES) {
      assertThat(System.nanoTime()).as("the rest published").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertNothingHalfPublished(ids);
    assertThat(transitionsToPublished(ids)).isEqualTo(STORIES);

    // Started again, the killed node catches up from the place its index recorded.
    ServingNode again = node(temp.resolve("other")).start();
    try {
      String results = "";
      deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (results.split("Tide report number", -1).length - 1 < Math.min(STORIES, 10)) {
        assertThat(System.nanoTime())
            .as("the restarted node's search holds every story (%d were its own)", byTheKilledNode)
            .isLessThan(deadline);
        Thread.sleep(100);
        results = new String(again.get("/search?q=tide+report").body(), StandardCharsets.UTF_8);
      }
    } finally {
      again.kill();
    }
  }

  private int published(List<Long> ids) {
    return count(
        "SELECT COUNT(*) FROM articles WHERE status = 'published' AND id IN (%s)"
            .formatted(in(ids)));
  }

  private int transitionsToPublished(List<Long> ids) {
    return count(
        ("SELECT COUNT(*) FROM transitions WHERE to_status = 'published'"
                + " AND article_id IN (%s)")
            .formatted(in(ids)));
  }

  /** Each published story has exactly one move to published and a change in the feed. */
  private void assertNothingHalfPublished(List<Long> ids) {
    for (long id : ids) {
      boolean live =
          count("SELECT COUNT(*) FROM articles WHERE status = 'published' AND id = " + id) == 1;
      int moves =
          count(
              "SELECT COUNT(*) FROM transitions WHERE to_status = 'published'"
                  + " AND article_id = "
                  + id);
      int changes = count("SELECT COUNT(*) FROM changes WHERE kind = 'ARTICLE' AND ref = " + id);
      assertThat(moves).as("moves of %d to published", id).isEqualTo(live ? 1 : 0);
      // Created and scheduled on this node (two changes), published once more if live.
      assertThat(changes).as("changes of %d", id).isEqualTo(live ? 2 : 1);
    }
  }

  private int count(String sql) {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private static String in(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  /** A node in a process of its own, over the same store and address as the site. */
  private ServingNode node(Path dataDir) {
    return ServingNode.over(site.storeUrl(), dataDir, "--base-url", site.app().baseUrl());
  }
}
