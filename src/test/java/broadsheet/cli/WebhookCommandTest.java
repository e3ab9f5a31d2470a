package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.store.Database;
import broadsheet.webhooks.Event;
import broadsheet.webhooks.WebhookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `broadsheet webhook`: the secret printed once and kept for signing, carried by a backup; bad
 * addresses and unknown events refused with a line saying why and exit code 2.
 */
class WebhookCommandTest {
  @TempDir Path temp;

  private static Run run(String... args) throws Exception {
    return Run.of(Map.of(), List.of(), args);
  }

  @Test
  void addPrintsTheSecretOnceAndListAndRemoveManageWebhooks() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    Run added =
        run(
            "webhook",
            "add",
            "https://partner.example/hooks?site=courier",
            "--events",
            "article.published,article.corrected",
            "--data",
            data.toString());
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out().lines().toList()).hasSize(1);
    String secret = added.out().strip();
    assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);

    Run listed = run("webhook", "list", "--data", data.toString());
    assertThat(listed.exit()).isZero();
    assertThat(listed.out())
        .contains("https://partner.example/hooks?site=courier")
        .contains("article.published,article.corrected")
        .doesNotContain(secret);

    // A backup carries the webhook, with the secret the server signs with.
    Path file = temp.resolve("site.zip");
    assertThat(run("backup", file.toString(), "--data", data.toString()).exit()).isZero();
    Path restored = temp.resolve("restored");
    assertThat(run("restore", file.toString(), "--data", restored.toString()).exit()).isZero();
    try (Database db = Database.inDataDir(restored)) {
      var hooks = new WebhookStore(db, Clock.systemUTC()).all();
      assertThat(hooks).hasSize(1);
      assertThat(hooks.getFirst().secret()).isEqualTo(secret);
      assertThat(hooks.getFirst().events()).containsExactly(Event.PUBLISHED, Event.CORRECTED);
    }

    String id = listed.out().strip().split("\t")[0];
    Run removed = run("webhook", "remove", "--id", id, "--data", data.toString());
    assertThat(removed.exit()).as(removed.err()).isZero();
    assertThat(run("webhook", "list", "--data", data.toString()).out()).isEmpty();
    Run again = run("webhook", "remove", "--id", id, "--data", data.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.errLines()).containsExactly("broadsheet: there is no webhook " + id);
  }

  @Test
  void badAddressesAndUnknownEventsAreRefusedWithALineAndExitCode2() throws Exception {
    Path data = temp.resolve("data");
    for (String url : List.of("ftp://partner.example/hooks", "partner.example/hooks", "http://")) {
      Run refused =
          run("webhook", "add", url, "--events", "article.published", "--data", data.toString());
      assertThat(refused.exit()).as(url).isEqualTo(2);
      assertThat(refused.errLines()).hasSize(1);
      assertThat(refused.errLines().getFirst()).startsWith("broadsheet: " + url + ": ");
      assertThat(refused.out()).isEmpty();
    }
    Run unknown =
        run(
            "webhook",
            "add",
            "https://partner.example/hooks",
            "--events",
            "article.published,article.deleted",
            "--data",
            data.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.errLines().getFirst())
        .startsWith("broadsheet: --events: unknown event article.deleted");
    Run none = run("webhook", "add", "https://partner.example/hooks", "--data", data.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--events");
    assertThat(Files.exists(data.resolve("broadsheet.db")))
        .as("nothing was opened for a refused command")
        .isFalse();
  }
}
