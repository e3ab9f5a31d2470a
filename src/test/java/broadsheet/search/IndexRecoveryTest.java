package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.RunningSite;
import broadsheet.content.ArticleRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The store is the source of truth: a lost or damaged index is rebuilt at start-up. */
class IndexRecoveryTest {
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
