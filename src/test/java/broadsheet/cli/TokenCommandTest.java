package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccessTokens;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `broadsheet token`: a token printed once, stored as a digest, carried by a backup, and refused
 * for no account.
 */
class TokenCommandTest {
  @TempDir Path temp;

  @Test
  void createPrintsTheTokenOnceAndListAndRevokeManageIt() throws Exception {
    Path data = temp.resolve("data");
    String url = "sqlite:" + data.resolve("broadsheet.db");
    java.nio.file.Files.createDirectories(data);
    try (Database db = Database.open(url)) {
      Map<String, String> problems = new LinkedHashMap<>();
      assertThat(
              new Accounts(new AccountRepository(db), new AuthorRepository(db))
                  .add("desk@x.example", "Desk", "editor", null, problems))
          .isNotNull();
    }
    Run created =
        run(
            "token",
            "create",
            "--data",
            data.toString(),
            "--email",
            "desk@x.example",
            "--name",
            "Publishing script",
            "--expires",
            "30");
    assertThat(created.exit()).as(created.err()).isEqualTo(0);
    assertThat(created.out().lines().toList()).hasSize(1);
    String token = created.out().strip();
    assertThat(token).startsWith(AccessTokens.PREFIX);

    try (Database db = Database.open(url)) {
      var tokens = new AccessTokens(db, Clock.systemUTC());
      assertThat(tokens.holder(token)).map(a -> a.email()).hasValue("desk@x.example");
      String stored =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT token_hash FROM access_tokens")
                          .mapTo(String.class)
                          .one());
      assertThat(stored).doesNotContain(token).hasSize(64);
    }

    // A backup carries the tokens: the restored site takes the same one.
    Path file = temp.resolve("site.zip");
    Run backup = run("backup", file.toString(), "--data", data.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();
    Path restored = temp.resolve("restored");
    Run restore = run("restore", file.toString(), "--data", restored.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    try (Database db = Database.open("sqlite:" + restored.resolve("broadsheet.db"))) {
      assertThat(new AccessTokens(db, Clock.systemUTC()).holder(token)).isPresent();
    }

    Run listed = run("token", "list", "--data", data.toString(), "--email", "desk@x.example");
    assertThat(listed.exit()).isEqualTo(0);
    assertThat(listed.out()).contains("live\tPublishing script").doesNotContain(token);
    String id = listed.out().strip().split("\t")[0];

    Run revoked =
        run("token", "revoke", "--data", data.toString(), "--email", "desk@x.example", "--id", id);
    assertThat(revoked.exit()).as(revoked.err()).isEqualTo(0);
    try (Database db = Database.open(url)) {
      assertThat(new AccessTokens(db, Clock.systemUTC()).holder(token)).isEmpty();
    }
  }

  @Test
  void anUnknownAccountIsAClearErrorLine() throws Exception {
    Run refused =
        run(
            "token",
            "create",
            "--data",
            temp.resolve("data").toString(),
            "--email",
            "nobody@x.example",
            "--name",
            "script");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.errLines())
        .containsExactly("broadsheet: no account has the email nobody@x.example");
    assertThat(refused.out()).isEmpty();
  }

  private static Run run(String... args) throws Exception {
    return Run.of(Map.of(), List.of(), args);
  }
}
