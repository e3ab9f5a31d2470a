package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How commands reach a database store: never printing its password, one line when it cannot be
 * reached, and the password also taken from BROADSHEET_DB_PASSWORD or a file.
 */
class StoreAccessTest {
  private static final String SECRET = "Hush-7f3a";

  @TempDir Path temp;

  @Test
  void anUnknownStoreIsOneLineWithoutItsPassword() throws Exception {
    Run run = Run.of(Map.of(), List.of(), "reindex", "--db", "mysql://web:" + SECRET + "@db/news");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "broadsheet: unknown store URL mysql://web:***@db/news: use sqlite:PATH or"
                + " jdbc:postgresql://HOST/DB");
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingHostAndDatabase() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/news?user=web&password=" + SECRET;
    for (String command : List.of("serve", "reindex")) {
      Run run = Run.of(Map.of(), List.of(), command, "--db", url, "--data", temp.toString());
      assertThat(run.exit()).as(command).isEqualTo(1);
      assertThat(run.errLines()).as(command).hasSize(1);
      assertThat(run.errLines().get(0))
          .startsWith("broadsheet: cannot connect to database news on 127.0.0.1:" + closed + ": ")
          .doesNotContain(SECRET);
      assertThat(run.out()).doesNotContain(SECRET);
    }
  }

  @Test
  void usageNeverShowsAPasswordFromTheEnvironment() throws Exception {
    Map<String, String> env =
        Map.of(
            "BROADSHEET_DB",
            "jdbc:postgresql://db/news?password=" + SECRET,
            "BROADSHEET_DB_PASSWORD",
            SECRET);
    Run help = Run.of(env, List.of(), "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out() + help.err()).doesNotContain(SECRET);
    for (String command : List.of("serve", "reindex", "migrate")) {
      // A mistyped option prints the command's options with their descriptions.
      Run usage = Run.of(env, List.of(), command, "--no-such-option");
      assertThat(usage.exit()).as(command).isEqualTo(2);
      assertThat(usage.out() + usage.err()).as(command).contains("--").doesNotContain(SECRET);
    }
  }

  @Test
  void thePasswordMayComeFromTheEnvironmentOrAFile() throws Exception {
    String url = TestPostgres.fresh();
    String password = url.replaceFirst(".*[?&]password=([^&]*).*", "$1");
    String bare = url.replaceFirst("[?&]password=[^&]*", "");
    Path data = temp.resolve("data");

    Run fromEnvironment = reindex(Map.of("BROADSHEET_DB_PASSWORD", password), bare, data);
    assertThat(fromEnvironment.exit()).as(fromEnvironment.err()).isZero();

    Path file = Files.writeString(temp.resolve("db-password"), password + "\n");
    Run fromFile = reindex(Map.of(), bare, data, "--db-password-file", file.toString());
    assertThat(fromFile.exit()).as(fromFile.err()).isZero();

    Files.writeString(file, SECRET + "\n");
    Run wrong = reindex(Map.of(), bare, data, "--db-password-file", file.toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.errLines()).hasSize(1);
    assertThat(wrong.errLines().get(0))
        .startsWith("broadsheet: cannot connect to database ")
        .contains("password authentication failed")
        .doesNotContain(SECRET)
        .doesNotContain(password);
  }

  private static Run reindex(Map<String, String> env, String url, Path data, String... more)
      throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("reindex", "--db", url, "--data"));
    args.add(data.toString());
    args.addAll(List.of(more));
    return Run.of(env, List.of(), args.toArray(String[]::new));
  }
}
