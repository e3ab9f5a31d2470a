package broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person meets it: one clear line and an exit code on failure. */
class MainTest {
  @TempDir Path temp;

  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("broadsheet.Main");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("broadsheet " + String.join(" ", args) + " did not stop");
    }
    return new Run(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aDataDirectoryThatCannotBeUsedIsOneLineAndExitCode1() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
    Run run = run("serve", "--port", "0", "--data", file.resolve("data").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("broadsheet: ").contains("data directory");
  }

  @Test
  void aPortInUseIsOneLineAndExitCode1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Run run =
          run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", temp.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.errLines()).hasSize(1);
      assertThat(run.errLines().get(0)).contains("port " + taken.getLocalPort()).contains("in use");
    }
  }

  @Test
  void badUsageIsExitCode2() throws Exception {
    assertThat(run("serve", "--no-such-option").exit()).isEqualTo(2);
    assertThat(run("serve", "--port", "eighty").exit()).isEqualTo(2);
    assertThat(run("serve", "--page-cache", "maybe", "--data", temp.toString()).exit())
        .isEqualTo(2);
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("serve", "demo");
  }
}
