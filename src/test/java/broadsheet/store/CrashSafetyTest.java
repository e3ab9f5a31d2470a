package broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.ServingNode;
import broadsheet.TestStore;
import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import broadsheet.search.IndexContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with SIGKILL at random moments while the newsroom works on it (writing, editing,
 * publishing, uploading, importing), then started again, many times over. After each kill the store
 * passes its own integrity check and the consistency queries, holds every write the node
 * acknowledged, and holds the write in flight whole or not at all; after each restart the search
 * index, once caught up, holds exactly the published articles.
 *
 * <p>The moments come from a seeded random: the seed is printed, and {@code
 * -Dbroadsheet.crash.seed=N} runs the same choices again ({@code -Dbroadsheet.crash.kills=N} sets
 * how many kills). Fifty on SQLite; fewer in the run on PostgreSQL, where each restart costs more.
 */
class CrashSafetyTest {
  private static final String EMAIL = "crash-desk@test.example";
  private static final String PASSWORD = "a long test password for the crash desk";

  @TempDir Path temp;

  /** The paper's authors and sections, as the newsroom's forms name them. */
  private record Paper(List<Long> authors, List<Long> sections) {}

  // Fifty starts of a node take about two minutes on an idle machine, several times that on a
  // loaded one; each wait inside has its own bound.
  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void everyAcknowledgedWriteSurvivesASigkillAndNothingIsLeftHalfWritten() throws Exception {
    long seed = Long.getLong("broadsheet.crash.seed", System.nanoTime());
    int kills = Integer.getInteger("broadsheet.crash.kills", TestStore.onPostgres() ? 12 : 50);
    String store = TestStore.onPostgres() ? "PostgreSQL" : "SQLite";
    System.out.println("crash safety on " + store + ": seed " + seed);
    Random moments = new Random(seed);
    Random work = new Random(seed ^ 0x5DEECE66DL);
    long started = System.nanoTime();

    Path storeDir = temp.resolve("store");
    Path nodeDir = temp.resolve("node");
    String url = TestStore.in(storeDir).url();
    Paper paper = seed(storeDir);
    Acknowledged model = new Acknowledged();
    NewsroomClient desk = new NewsroomClient();
    List<String> findings = new ArrayList<>();
    int done = 0;
    int failures = 0;
    long[] head = {0};
    ServingNode node = ServingNode.over(url, nodeDir).start();
    try {
      desk.at(node.port());
      desk.signIn(EMAIL, PASSWORD);
      while (done < kills && findings.isEmpty()) {
        NewsroomLoop loop = new NewsroomLoop(desk, model, work, paper.authors(), paper.sections());
        Thread writer = Thread.ofPlatform().name("newsroom-loop").start(loop::run);
        Thread.sleep(100 + moments.nextInt(1400));
        assertThat(writer.isAlive()).as("the loop still writing: %s", loop.failure()).isTrue();
        node.kill();
        done++;
        writer.join(120_000);
        assertThat(writer.isAlive()).as("the loop noticed the kill").isFalse();
        assertThat(loop.failure()).as("an answer the loop did not expect").isNull();

        List<String> found = storeAfterTheKill(url, nodeDir, model, head);
        long indexAtKill;
        try {
          indexAtKill = IndexContents.read(nodeDir.resolve("index")).position();
        } catch (IOException e) {
          found.add("the search index's last commit is unreadable after the kill: " + e);
          indexAtKill = 0;
        }
        node.start();
        desk.at(node.port());
        found.addAll(indexAgrees(url, nodeDir.resolve("index"), indexAtKill));
        found.addAll(leftBehind(nodeDir));
        if (!found.isEmpty()) {
          failures += found.size();
          findings.add("after kill " + done + " of seed " + seed + ":");
          findings.addAll(found);
        }
      }
    } finally {
      node.stop();
      TestStore.discard(storeDir);
      System.out.printf(
          "crash safety on %s: %d kills, %d writes acknowledged, %d writes verified"
              + " (%d more committed without an answer), %d integrity failures, seed %d, %d s%n",
          store,
          done,
          model.acknowledgedWrites(),
          model.verifiedWrites(),
          model.committedUnacknowledged(),
          failures,
          seed,
          (System.nanoTime() - started) / 1_000_000_000L);
    }
    assertThat(findings).isEmpty();
    assertThat(done).isEqualTo(kills);
    assertThat(model.verifiedWrites()).isEqualTo(model.acknowledgedWrites()).isPositive();
  }

  /** The small paper of the fixtures and an admin to work on it. */
  private static Paper seed(Path storeDir) {
    try (Database db = TestStore.open(storeDir)) {
      Fixtures.smallPaper(db);
      var accounts = new Accounts(new AccountRepository(db), new AuthorRepository(db));
      assertThat(accounts.add(EMAIL, "Crash Desk", "admin", PASSWORD, new HashMap<>())).isNotNull();
      return db.jdbi()
          .withHandle(
              h ->
                  new Paper(
                      h.createQuery(
                              "SELECT id FROM authors WHERE slug IN ('ada-quill', 'ben-ink')"
                                  + " ORDER BY id")
                          .mapTo(Long.class)
                          .list(),
                      h.createQuery("SELECT id FROM sections ORDER BY id")
                          .mapTo(Long.class)
                          .list()));
    }
  }

  /**
   * The store as the kill left it, before any node opens it again: consistent, the write in flight
   * whole or absent, every acknowledged write there, and the change feed never shorter than after
   * the kill before ({@code head} holds its last position).
   */
  private static List<String> storeAfterTheKill(
      String url, Path nodeDir, Acknowledged model, long[] head) {
    List<String> found = new ArrayList<>();
    try (Handle h = Jdbi.create(jdbc(url)).open()) {
      found.addAll(new StoreConsistency().check(h, Dialect.of(url), nodeDir.resolve("media")));
      model.settle(h, found);
      model.verify(h, found);
      long now = head(h, "");
      if (now < head[0]) {
        found.add("the change feed went back from " + head[0] + " to " + now);
      }
      head[0] = now;
    }
    return found;
  }

  /**
   * Waits until the restarted node's index has applied every change that concerns it, then compares
   * what it holds with the published articles.
   */
  private static List<String> indexAgrees(String url, Path index, long atKill) throws Exception {
    List<String> findings = new ArrayList<>();
    try (Handle h = Jdbi.create(jdbc(url)).open()) {
      long target = head(h, " WHERE kind IN ('ARTICLE', 'IMPORT')");
      long deadline = System.nanoTime() + 60_000_000_000L;
      IndexContents seen = IndexContents.read(index);
      while (seen.position() < target && System.nanoTime() < deadline) {
        Thread.sleep(20);
        seen = IndexContents.read(index);
      }
      if (seen.position() < target) {
        findings.add("the index stayed at change " + seen.position() + " of " + target);
      }
      if (seen.position() < atKill) {
        findings.add("the index went back from change " + atKill + " to " + seen.position());
      }
      Set<Long> published =
          new TreeSet<>(
              h.createQuery("SELECT id FROM articles WHERE status = 'published'")
                  .mapTo(Long.class)
                  .list());
      if (!published.equals(seen.articles())) {
        Set<Long> missing = new TreeSet<>(published);
        missing.removeAll(seen.articles());
        Set<Long> extra = new TreeSet<>(seen.articles());
        extra.removeAll(published);
        findings.add("the index lacks published " + missing + " and holds unpublished " + extra);
      }
    }
    return findings;
  }

  /**
   * Files of the killed process still there after the restart: uploads it was receiving, and
   * anything in its temporary folder but the copies of its native SQLite library (the driver's own,
   * outside Broadsheet's reach).
   */
  private static List<String> leftBehind(Path nodeDir) throws IOException {
    List<String> left = new ArrayList<>();
    for (String folder : List.of("incoming", "tmp")) {
      if (!Files.isDirectory(nodeDir.resolve(folder))) {
        continue;
      }
      try (Stream<Path> files = Files.list(nodeDir.resolve(folder))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(name -> !name.startsWith("sqlite-"))
            .forEach(name -> left.add("left behind by the killed node: " + folder + "/" + name));
      }
    }
    return left;
  }

  private static long head(Handle h, String where) {
    Long seq = h.createQuery("SELECT MAX(seq) FROM changes" + where).mapTo(Long.class).one();
    return seq == null ? 0 : seq;
  }

  private static String jdbc(String url) {
    return url.startsWith("sqlite:") ? "jdbc:" + url : url;
  }
}
