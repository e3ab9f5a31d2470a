package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person meets it: one clear line and an exit code on failure. */
class MainTest {
  /** A WordPress export of one post, with its category and old address. */
  static final String ONE_POST =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Old Gazette</title><link>https://gazette.example</link>
      <wp:wxr_version>1.2</wp:wxr_version>
      <item><title>Harbour wall repaired</title><wp:post_id>7</wp:post_id>
      <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
      <wp:post_name>harbour-wall</wp:post_name>
      <wp:post_date>2025-07-10 14:03:00</wp:post_date>
      <wp:post_date_gmt>2025-07-10 12:03:00</wp:post_date_gmt>
      <category domain="category" nicename="harbour"><![CDATA[Harbour]]></category>
      <content:encoded><![CDATA[The wall is whole again.

      Boats can moor on the east side.]]></content:encoded></item>
      </channel></rss>
      """;

  @TempDir Path temp;

  private static Run run(String... args) throws IOException, InterruptedException {
    return Run.of(Map.of(), List.of(), args);
  }

  private static Run run(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    return Run.of(Map.of(), jvmOptions, args);
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
    for (String minutes : List.of("0", "ten", "1441", "2.5")) {
      Run bad = run("serve", "--page-cache-max-age", minutes, "--data", temp.toString());
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.errLines())
          .containsExactly(
              "broadsheet: --page-cache-max-age must be a whole number of minutes from 1 to 1440,"
                  + " not "
                  + minutes);
    }
    Run fromEnvironment =
        Run.of(Map.of("BROADSHEET_PAGE_CACHE_MAX_AGE", "-3"), List.of(), "demo", "--port", "0");
    assertThat(fromEnvironment.exit()).isEqualTo(2);
    assertThat(fromEnvironment.errLines()).hasSize(1);
    Run badPort = run("serve", "--port", "70000", "--data", temp.toString());
    assertThat(badPort.exit()).isEqualTo(2);
    assertThat(badPort.errLines())
        .containsExactly("broadsheet: --port must be between 0 and 65535, not 70000");
    for (String proxies : List.of("10.0.0.0/33", "10.0.0.1, proxy.example")) {
      Run bad = run("serve", "--trusted-proxy", proxies, "--data", temp.toString());
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.errLines())
          .singleElement()
          .asString()
          .startsWith("broadsheet: --trusted-proxy");
    }
    Run badProxy =
        Run.of(Map.of("BROADSHEET_TRUSTED_PROXY", "::1/129"), List.of(), "demo", "--port", "0");
    assertThat(badProxy.exit()).isEqualTo(2);
    assertThat(badProxy.errLines()).hasSize(1);
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("serve", "demo").doesNotContain("warm-up");
  }

  @Test
  void aMetricsPortOrAccessLogThatCannotBeIsOneLine() throws Exception {
    Run badPort = run("serve", "--metrics-port", "70000", "--data", temp.toString());
    assertThat(badPort.exit()).isEqualTo(2);
    assertThat(badPort.errLines())
        .containsExactly("broadsheet: --metrics-port must be between 0 and 65535, not 70000");
    Run samePort =
        run("serve", "--port", "8089", "--metrics-port", "8089", "--data", temp.toString());
    assertThat(samePort.exit()).isEqualTo(2);
    assertThat(samePort.errLines())
        .containsExactly("broadsheet: --metrics-port must differ from --port (8089)");
    Path nowhere = temp.resolve("no-such-dir").resolve("access.log");
    Run noLog =
        run("serve", "--port", "0", "--access-log", nowhere.toString(), "--data", temp.toString());
    assertThat(noLog.exit()).isEqualTo(1);
    assertThat(noLog.errLines())
        .containsExactly(
            "broadsheet: cannot open the access log " + nowhere + ": its directory does not exist");
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      Run busy =
          run(
              "serve",
              "--port",
              "0",
              "--metrics-port",
              String.valueOf(port),
              "--data",
              temp.toString());
      assertThat(busy.exit()).isEqualTo(1);
      assertThat(busy.errLines())
          .singleElement()
          .asString()
          .isEqualTo(
              "broadsheet: port " + port + " is already in use; pick another with --metrics-port");
    }
  }

  @Test
  void warmUpServesAThrowawayDemoPaperAndLeavesNothingBehind() throws Exception {
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Run warmUp = run(List.of("-Djava.io.tmpdir=" + tmp), "warm-up");
    assertThat(warmUp.exit()).as(warmUp.err()).isZero();
    try (var left = Files.list(tmp)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void importAndExportOfWordPressSayWhatTheyDidOrOneLineWhy() throws Exception {
    Path broken = temp.resolve("broken.xml");
    Files.writeString(broken, "<?xml version=\"1.0\"?><rss><channel><item><title>Cut off");
    Run refused = run("import-wxr", broken.toString(), "--data", temp.resolve("d").toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.errLines()).hasSize(1);
    assertThat(refused.errLines().get(0)).startsWith("broadsheet: ").contains("truncated");

    Run missing =
        run("import-wxr", temp.resolve("nowhere.xml").toString(), "--data", temp.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.errLines())
        .containsExactly(
            "broadsheet: cannot read " + temp.resolve("nowhere.xml") + ": no such readable file");
    assertThat(run("import-wxr").exit()).isEqualTo(2);

    Path export = Files.writeString(temp.resolve("one-post.xml"), ONE_POST);
    Path data = temp.resolve("gazette");
    Run imported = run("import-wxr", export.toString(), "--data", data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("posts").contains("search index rebuilt: 1");
    assertThat(imported.err()).isEmpty();

    Path out = temp.resolve("out.xml");
    Run exported = run("export-wxr", out.toString(), "--data", data.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("Exported 1 articles");
    assertThat(Files.readString(out)).contains("Harbour wall repaired").contains("harbour-wall");
    assertThat(run("export-wxr", out.toString(), "--data", temp.resolve("none").toString()).exit())
        .isEqualTo(1);
  }

  /** A name longer than the columns hold is refused in one line, exit code 2, on any store. */
  @Test
  void userAddRefusesANameLongerThanTheColumnWithExitCode2() throws Exception {
    String data = temp.resolve("data").toString();
    String name = "Ada " + "Quill".repeat(49) + "😀";

    Run tooLong = addAuthor(data, name + "!");
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.errLines())
        .containsExactly("broadsheet: Enter a name of up to 250 characters.");

    // The same address again: nothing was saved by the refused run.
    Run whole = addAuthor(data, name);
    assertThat(whole.exit()).as(whole.err()).isEqualTo(0);
    assertThat(whole.out()).contains("Added author a@x.example.");
  }

  /** Control characters are refused from the command line as from the newsroom's forms. */
  @Test
  void userAddRefusesANameWithAControlCharacter() throws Exception {
    String data = temp.resolve("data").toString();
    Run refused = addAuthor(data, "Ada\u0007 Quill");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.errLines())
        .containsExactly("broadsheet: A name cannot hold control characters.");
    assertThat(addAuthor(data, "Ada Quill").exit()).isEqualTo(0);
  }

  private static Run addAuthor(String data, String name) throws Exception {
    return run(
        "user",
        "add",
        "--data",
        data,
        "--email",
        "a@x.example",
        "--name",
        name,
        "--role",
        "author");
  }
}
