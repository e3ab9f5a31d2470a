package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.App;
import broadsheet.TestPostgres;
import broadsheet.config.ServerConfig;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `broadsheet backup` and `restore`: a site copied while it serves and is written to, whole or not
 * at all, and brought back into an empty store with the same pages; a damaged backup or a target
 * with content is one line, exit 1, and nothing written.
 */
class BackupTest {
  private static final String BASE = "https://gazette.example";
  private static final String IMAGE = "c3".repeat(32);

  @TempDir Path temp;

  /** The migrate test's site, plus one upload whose two files are in media/. */
  private Path site() throws Exception {
    Path data = temp.resolve("site");
    MigrateTest.seed(data);
    try (Database db = Database.inDataDir(data)) {
      MediaCommandTest.insertImage(db, IMAGE);
    }
    Files.createDirectories(data.resolve("media"));
    Files.writeString(data.resolve("media").resolve(IMAGE + ".png"), "original");
    Files.writeString(data.resolve("media").resolve(IMAGE + "-400.png"), "variant");
    return data;
  }

  @Test
  void aBackupTakenWhileTheServerRunsAndWritesHoldsEachArticleWholeOrNot() throws Exception {
    Path data = site();
    Path file = temp.resolve("paper.zip");
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    try (App app = App.start(new ServerConfig(0, data, null, BASE, null));
        Database writer = Database.inDataDir(data)) {
      Thread writes = Thread.ofPlatform().start(() -> writeUntil(writer, stop, written));
      Run backup;
      try {
        while (written.get() < 3) {
          Thread.sleep(5);
        }
        backup = run("backup", file.toString(), "--data", data.toString());
      } finally {
        stop.set(true);
        writes.join();
      }
      assertThat(backup.exit()).as(backup.err()).isZero();
      assertThat(backup.out()).contains("and 2 media files to " + file);
      assertThat(app.port()).isPositive();
    }
    Path restored = temp.resolve("restored");
    Run restore = run("restore", file.toString(), "--data", restored.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("Search index of " + restored + " rebuilt");
    try (Database db = Database.inDataDir(restored)) {
      List<Map<String, Object>> midway =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT a.id,"
                                  + " (SELECT COUNT(*) FROM article_authors WHERE article_id = a.id)"
                                  + " AS authors,"
                                  + " (SELECT COUNT(*) FROM article_tags WHERE article_id = a.id)"
                                  + " AS tags,"
                                  + " (SELECT COUNT(*) FROM corrections WHERE article_id = a.id)"
                                  + " AS corrections"
                                  + " FROM articles a WHERE slug LIKE 'midway-%'")
                          .mapToMap()
                          .list());
      assertThat(midway).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThanOrEqualTo(written.get());
      for (Map<String, Object> row : midway) {
        assertThat(((Number) row.get("authors")).intValue()).as(row.toString()).isEqualTo(2);
        assertThat(((Number) row.get("tags")).intValue()).as(row.toString()).isEqualTo(1);
        assertThat(((Number) row.get("corrections")).intValue()).as(row.toString()).isEqualTo(1);
      }
    }
    assertThat(Files.readString(restored.resolve("media").resolve(IMAGE + "-400.png")))
        .isEqualTo("variant");
  }

  /** Articles, each with two authors, a tag and a correction in one transaction, until stopped. */
  private static void writeUntil(Database db, AtomicBoolean stop, AtomicInteger written) {
    while (!stop.get()) {
      int n = written.get();
      db.jdbi()
          .useTransaction(
              h -> {
                long id =
                    h.createUpdate(
                            "INSERT INTO articles (slug, section_id, headline, status, time_zone,"
                                + " created_at) VALUES (?, (SELECT MIN(id) FROM sections), ?,"
                                + " 'draft', 'UTC', '2026-12-04T10:00:00Z')")
                        .bind(0, "midway-" + n)
                        .bind(1, "Written midway " + n)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                h.execute(
                    "INSERT INTO article_authors (article_id, author_id, position)"
                        + " SELECT ?, id, 0 FROM authors ORDER BY id LIMIT 1",
                    id);
                h.execute(
                    "INSERT INTO article_authors (article_id, author_id, position)"
                        + " SELECT ?, id, 1 FROM authors ORDER BY id DESC LIMIT 1",
                    id);
                h.execute(
                    "INSERT INTO article_tags (article_id, tag_id)"
                        + " SELECT ?, MIN(id) FROM tags",
                    id);
                h.execute(
                    "INSERT INTO corrections (article_id, kind, body, created_at)"
                        + " VALUES (?, 'correction', 'Midway.', '2026-12-04T10:00:00Z')",
                    id);
              });
      written.incrementAndGet();
    }
  }

  @Test
  void aSiteRestoredIntoSqliteAndPostgreSQLServesTheSamePages() throws Exception {
    Path data = site();
    Map<String, String> before = MigrateTest.pages(new ServerConfig(0, data, null, BASE, null));
    Path file = temp.resolve("paper.zip");
    Run backup = run("backup", file.toString(), "--data", data.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();

    Path fresh = temp.resolve("fresh");
    Run sqlite = run("restore", file.toString(), "--data", fresh.toString());
    assertThat(sqlite.exit()).as(sqlite.err()).isZero();
    assertThat(sqlite.out()).contains("Restored ").contains("and 2 media files");
    assertThat(MigrateTest.pages(new ServerConfig(0, fresh, null, BASE, null))).isEqualTo(before);
    assertThat(media(fresh)).isEqualTo(media(data));

    String pg = TestPostgres.fresh();
    Path pgData = temp.resolve("pg-data");
    Path pgMedia = temp.resolve("pg-media");
    Run postgres =
        run(
            "restore",
            file.toString(),
            "--db",
            pg,
            "--data",
            pgData.toString(),
            "--media",
            pgMedia.toString());
    assertThat(postgres.exit()).as(postgres.err()).isZero();
    ServerConfig there =
        new ServerConfig(0, pgData, pg, BASE, null)
            .withMedia(
                new broadsheet.config.MediaSettings(
                    broadsheet.config.MediaLocation.folder(pgMedia),
                    broadsheet.config.BucketAccess.fromEnvironment(),
                    null));
    assertThat(MigrateTest.pages(there)).isEqualTo(before);

    // A backup of the PostgreSQL site is the same site again.
    Path again = temp.resolve("again.zip");
    Run fromPg = run("backup", again.toString(), "--db", pg, "--media", pgMedia.toString());
    assertThat(fromPg.exit()).as(fromPg.err()).isZero();
    Path back = temp.resolve("back");
    assertThat(run("restore", again.toString(), "--data", back.toString()).exit()).isZero();
    assertThat(MigrateTest.pages(new ServerConfig(0, back, null, BASE, null))).isEqualTo(before);
  }

  @Test
  void aTargetWithContentOrADamagedBackupIsOneLineAndWritesNothing() throws Exception {
    Path data = site();
    Path file = temp.resolve("paper.zip");
    assertThat(run("backup", file.toString(), "--data", data.toString()).exit()).isZero();

    Path other = temp.resolve("other");
    MigrateTest.seed(other);
    List<String> before = media(other);
    Run full = run("restore", file.toString(), "--data", other.toString());
    assertThat(full.exit()).isEqualTo(1);
    assertThat(full.errLines()).hasSize(1);
    assertThat(full.errLines().get(0))
        .contains("already holds content")
        .contains("nothing was written");
    assertThat(media(other)).isEqualTo(before);

    byte[] whole = Files.readAllBytes(file);
    Path truncated =
        Files.write(
            temp.resolve("truncated.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Path wrongManifest = rewritten(file, "wrong.zip", "manifest.properties", "format=7\n");
    Path wrongStore = rewritten(file, "store.zip", "store.db", "not a database");
    Path extra = rewritten(file, "extra.zip", "media/extra.png", "who put this here");
    for (Path bad : List.of(truncated, wrongManifest, wrongStore, extra)) {
      Path target = temp.resolve("target-" + bad.getFileName());
      Run refused = run("restore", bad.toString(), "--data", target.toString());
      assertThat(refused.exit()).as(bad.toString()).isEqualTo(1);
      assertThat(refused.errLines()).as(refused.err()).hasSize(1);
      assertThat(refused.errLines().get(0)).startsWith("broadsheet: " + bad);
      assertThat(target).doesNotExist();
    }
  }

  /** The backup with one entry's content replaced (or added). */
  private Path rewritten(Path file, String name, String entry, String content) throws IOException {
    Path out = temp.resolve(name);
    try (ZipFile in = new ZipFile(file.toFile());
        OutputStream stream = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(stream)) {
      List<String> names = new ArrayList<>(in.stream().map(ZipEntry::getName).toList());
      if (!names.contains(entry)) {
        names.add(entry);
      }
      for (String each : names) {
        zip.putNextEntry(new ZipEntry(each));
        if (each.equals(entry)) {
          zip.write(content.getBytes(StandardCharsets.UTF_8));
        } else {
          try (var bytes = in.getInputStream(in.getEntry(each))) {
            bytes.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    }
    return out;
  }

  /** The media files of a data directory, name and content. */
  private static List<String> media(Path data) throws IOException {
    Path folder = data.resolve("media");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<String> all = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        all.add(f.getFileName() + "=" + Files.readString(f));
      }
      return all;
    }
  }

  private static Run run(String... args) throws Exception {
    return Run.of(Map.of(), List.of(), args);
  }
}
