package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.S3Proxy;
import broadsheet.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * `media copy` moves a site's media files into a bucket of a real S3 API server, once; `--media`
 * values that name nothing are one line and exit code 2.
 */
class MediaCommandTest {
  private static final String A = "a1".repeat(32);
  private static final String B = "b2".repeat(32);
  private static S3Proxy s3;

  @TempDir Path temp;

  @BeforeAll
  static void start() {
    s3 = S3Proxy.running();
    s3.createBucket("copied");
  }

  @AfterAll
  static void stop() {
    if (s3 != null) {
      s3.close();
    }
  }

  private static Run run(String... args) throws Exception {
    return Run.of(s3.environment(), List.of(), args);
  }

  /** A data directory whose store lists one upload (500 px wide: an original and a 400 variant). */
  private Path siteWithOneUpload() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data.resolve("media"));
    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      insertImage(db, A);
    }
    Files.writeString(data.resolve("media").resolve(A + ".png"), "original A");
    Files.writeString(data.resolve("media").resolve(A + "-400.png"), "variant A");
    return data;
  }

  static void insertImage(Database db, String hash) {
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO images (hash, format, width, height, bytes, uploaded_at, alt)"
                        + " VALUES (?, 'png', 500, 300, 10, '2026-12-01T10:00:00Z', '')",
                    hash));
  }

  private static List<String> keys(String prefix) {
    return s3.client().listObjectsV2(b -> b.bucket("copied").prefix(prefix)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  @Test
  void copiesEachListedFileOnceAndSaysWhichAreMissing() throws Exception {
    Path data = siteWithOneUpload();
    String to = "s3://copied/paper";

    Run first = run("media", "copy", "--to", to, "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("copied " + A + ".png", "copied " + A + "-400.png")
        .contains("Copied 2 files to s3://copied/paper");
    assertThat(keys("paper/"))
        .containsExactlyInAnyOrder("paper/" + A + ".png", "paper/" + A + "-400.png");
    byte[] stored =
        s3.client()
            .getObjectAsBytes(b -> b.bucket("copied").key("paper/" + A + "-400.png"))
            .asByteArray();
    assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("variant A");

    Run again = run("media", "copy", "--to", to, "--data", data.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("copied ").contains("Copied 0 files", "2 were there");

    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      insertImage(db, B);
    }
    Run missing = run("media", "copy", "--to", to, "--data", data.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("missing " + B + ".png", "missing " + B + "-400.png");
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.errLines().get(0))
        .contains("2 files")
        .contains(data.resolve("media").toString());
  }

  @Test
  void aBucketThatIsMissingOrAwayIsOneLineAndExitCode1() throws Exception {
    Path data = siteWithOneUpload();
    Run noBucket = run("media", "copy", "--to", "s3://no-such-bucket", "--data", data.toString());
    assertThat(noBucket.exit()).isEqualTo(1);
    assertThat(noBucket.errLines()).hasSize(1);
    assertThat(noBucket.errLines().get(0)).contains("no-such-bucket").contains("does not exist");

    Run serve =
        run("serve", "--port", "0", "--data", data.toString(), "--media", "s3://no-such-bucket/x");
    assertThat(serve.exit()).isEqualTo(1);
    assertThat(serve.errLines()).hasSize(1);
    assertThat(serve.errLines().get(0)).contains("no-such-bucket").contains("does not exist");

    Run away =
        Run.of(
            Map.of(
                "BROADSHEET_S3_ENDPOINT", "http://127.0.0.1:9",
                "AWS_ACCESS_KEY_ID", "k",
                "AWS_SECRET_ACCESS_KEY", "s"),
            List.of(),
            "media",
            "copy",
            "--to",
            "s3://copied",
            "--data",
            data.toString());
    assertThat(away.exit()).isEqualTo(1);
    assertThat(away.errLines()).hasSize(1);
    assertThat(away.errLines().get(0)).startsWith("broadsheet: cannot reach the bucket");
  }

  @Test
  void mediaValuesThatNameNothingAreOneLineAndExitCode2() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
    String data = temp.resolve("data").toString();
    for (List<String> args :
        List.of(
            List.of("serve", "--port", "0", "--data", data, "--media", file.toString()),
            List.of("serve", "--port", "0", "--data", data, "--media", "s3://"),
            List.of("serve", "--port", "0", "--data", data, "--media", "s3://Not_A_Bucket/x"),
            List.of("serve", "--port", "0", "--data", data, "--media", "ftp://host/media"),
            List.of("serve", "--port", "0", "--data", data, "--media-base-url", "cdn.example"),
            List.of("media", "copy", "--to", temp.toString(), "--data", data),
            List.of("media", "copy", "--to", "s3://x", "--data", data))) {
      Run run = run(args.toArray(String[]::new));
      assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
      assertThat(run.errLines()).as(run.err()).hasSize(1);
      assertThat(run.errLines().get(0)).startsWith("broadsheet: --");
    }
    assertThat(Files.exists(Path.of(data))).isFalse();
  }
}
