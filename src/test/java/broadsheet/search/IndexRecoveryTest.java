package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.RunningSite;
import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The store is the source of truth: an index follows its change feed from the place its last commit
 * records, and is rebuilt at start-up only when it is lost, damaged, of another layout, built from
 * another store, or behind the changes the store still keeps.
 */
class IndexRecoveryTest {
  /** As another node would while this one is stopped: a headline changed, and the change told. */
  private static void retitleElsewhere(RunningSite site, boolean tellTheFeed) {
    whileStopped(site, db -> retitle(db, tellTheFeed));
  }

  /** Works on the store while the site's own app is stopped. */
  private static void whileStopped(RunningSite site, Consumer<Database> work) {
    try (Database db = Database.open(site.storeUrl())) {
      work.accept(db);
    }
  }

  private static void retitle(Database db, boolean tellTheFeed) {
    var changes = new ChangeLog(db, "another-node");
    db.jdbi()
        .useTransaction(
            h -> {
              long id =
                  h.createQuery("SELECT MIN(id) FROM articles WHERE status = 'published'")
                      .mapTo(Long.class)
                      .one();
              h.execute(
                  "UPDATE articles SET headline = 'Zeppelin over the regatta' WHERE id = ?", id);
              if (tellTheFeed) {
                changes.append(h, Change.Kind.ARTICLE, id, Instant.now());
              }
            });
  }

  @Test
  void aStoppedNodeCatchesUpFromItsPlaceWithoutARebuild() throws IOException {
    try (RunningSite site = RunningSite.with(SearchTest::corpus).start()) {
      Path index = site.dataDir().resolve("index");
      assertThat(hits(site, "regatta")).isEqualTo(3);
      List<String> segmentsBefore = segmentFiles(index);
      // Same number of articles, other text: a count would not tell; the feed does.
      site.restart(() -> retitleElsewhere(site, true));
      // The node serves at once; its index catches up on its own thread right after the start.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (hits(site, "zeppelin") != 1) {
        assertThat(System.nanoTime()).as("the index caught up").isLessThan(deadline);
        Thread.onSpinWait();
      }
      assertThat(segmentFiles(index)).containsAll(segmentsBefore);
    }
  }

  @Test
  void anIndexBuiltFromAnotherStoreOrBehindThePrunedChangesIsRebuilt() {
    try (RunningSite site = RunningSite.with(SearchTest::corpus).start()) {
      // Changed without a row in the feed: only a rebuild can find the new headline.
      site.restart(
          () ->
              whileStopped(
                  site,
                  db -> {
                    retitle(db, false);
                    db.jdbi()
                        .useHandle(
                            h -> h.execute("UPDATE change_feed SET store_id = 'another-store'"));
                  }));
      assertThat(hits(site, "zeppelin")).isEqualTo(1);

      site.restart(
          () ->
              whileStopped(
                  site,
                  db -> {
                    db.jdbi()
                        .useHandle(
                            h ->
                                h.execute(
                                    "UPDATE articles SET headline = 'Airship at the regatta'"
                                        + " WHERE headline = 'Zeppelin over the regatta'"));
                    // A change this node never read, pruned: it cannot catch up, so it rebuilds.
                    var changes = new ChangeLog(db, "another-node");
                    db.jdbi()
                        .useTransaction(
                            h -> changes.append(h, Change.Kind.SETTINGS, 0, Instant.now()));
                    changes.prune(Instant.now().plusSeconds(60));
                  }));
      assertThat(hits(site, "airship")).isEqualTo(1);
    }
  }

  private static List<String> segmentFiles(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("_")).toList();
    }
  }

  @Test
  void aDamagedOrMissingIndexIsRebuiltAtStartNeverACrash() {
    try (RunningSite site = RunningSite.with(SearchTest::corpus).start()) {
      Path index = site.dataDir().resolve("index");
      site.restart(() -> overwriteEveryFile(index));
      assertThat(hits(site, "regatta")).isEqualTo(3);
      site.restart(() -> deleteEverything(index));
      assertThat(hits(site, "regatta")).isEqualTo(3);
    }
  }

  @Test
  void anIndexWrittenByAnOlderVersionIsRebuiltAtStart() {
    try (RunningSite site = RunningSite.with(SearchTest::corpus).start()) {
      Path index = site.dataDir().resolve("index");
      int published = new ArticleRepository(site.app().database()).countPublished();
      // As many documents as the store has published articles, so only the layout gives it away:
      // a body without offsets and ids without doc values, as versions before the layout wrote.
      site.restart(
          () -> {
            deleteEverything(index);
            try (var writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
              for (int i = 1; i <= published; i++) {
                Document d = new Document();
                d.add(new StringField(SearchIndex.ID, String.valueOf(i), Field.Store.YES));
                d.add(new TextField(SearchIndex.BODY, "regatta", Field.Store.YES));
                writer.addDocument(d);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      assertThat(hits(site, "regatta")).isEqualTo(3);
      assertThat(hits(site, "election")).isEqualTo(3);
    }
  }

  private static int hits(RunningSite site, String q) {
    var response = site.get("/search?q=" + q);
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body()).select("#results > li").size();
  }

  private static void overwriteEveryFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "not an index");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteEverything(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
