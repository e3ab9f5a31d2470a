package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.Observability;
import broadsheet.config.TrustedProxies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log of a real server, written to a file: one Combined Log Format line a request (cache
 * hits too), client addresses truncated unless --log-full-ip, X-Forwarded-For believed only from a
 * trusted proxy and read from its own line, quoted fields escaped, secrets in the query left out.
 */
class AccessLogTest {
  /** host ident user [time] "request" status bytes "referer" "user agent" */
  private static final Pattern COMBINED =
      Pattern.compile(
          "^(\\S+) - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\\]"
              + " \"([A-Z]+) (\\S+) (HTTP/1\\.1)\" (\\d{3}) (\\d+|-) \"((?:[^\"\\\\]|\\\\.)*)\""
              + " \"((?:[^\"\\\\]|\\\\.)*)\"$");

  private static final TrustedProxies THIS_MACHINE = TrustedProxies.parse("127.0.0.1, ::1");

  @TempDir Path temp;

  @Test
  void aLineARequestWithTheClientTruncated() {
    Path log = temp.resolve("access.log");
    try (RunningSite site = site(log, THIS_MACHINE, false)) {
      site.get("/world/world-story-5", "User-Agent", "probe-1", "Referer", "https://ref.example/");
      site.get("/world/world-story-5", "User-Agent", "probe-2", "X-Forwarded-For", "203.0.113.77");
      site.get("/world", "User-Agent", "probe-3", "X-Forwarded-For", "2001:db8:1234:5678::1");
      site.send(
          HttpRequest.newBuilder(URI.create(site.url("/nope")))
              .header("User-Agent", "probe-4")
              .header("X-Forwarded-For", "198.51.100.99")
              .header("X-Forwarded-For", "203.0.113.5")
              .build());
      site.get("/admin/setup?token=SECRET-TOKEN&x=1", "User-Agent", "probe-5");
      site.get("/world?preview=SECRET-LINK", "User-Agent", "say \"hi\" \\ there");
      List<Matcher> lines = lines(log, 6);

      Matcher first = line(lines, "probe-1");
      assertThat(first.group(1)).isIn("127.0.0.0", "0:0:0::");
      assertThat(first.group(2)).isEqualTo("GET");
      assertThat(first.group(3)).isEqualTo("/world/world-story-5");
      assertThat(first.group(5)).isEqualTo("200");
      assertThat(Long.parseLong(first.group(6))).isPositive();
      assertThat(first.group(7)).isEqualTo("https://ref.example/");
      // The second is a hit of the page cache in front: logged the same way.
      Matcher hit = line(lines, "probe-2");
      assertThat(hit.group(1)).isEqualTo("203.0.113.0");
      assertThat(hit.group(6)).isEqualTo(first.group(6));
      assertThat(hit.group(7)).isEqualTo("-");
      assertThat(line(lines, "probe-3").group(1)).isEqualTo("2001:db8:1234::");
      // The client's own X-Forwarded-For line names no one: the proxy's line, the last, counts.
      Matcher twoLines = line(lines, "probe-4");
      assertThat(twoLines.group(1)).isEqualTo("203.0.113.0");
      assertThat(twoLines.group(5)).isEqualTo("404");
      assertThat(line(lines, "probe-5").group(3)).isEqualTo("/admin/setup?token=REDACTED&x=1");
      Matcher escaped = line(lines, "say");
      assertThat(escaped.group(3)).isEqualTo("/world?preview=REDACTED");
      assertThat(escaped.group(8)).isEqualTo("say \\\"hi\\\" \\\\ there");
      assertThat(read(log)).doesNotContain("SECRET");
    }
  }

  @Test
  void fromAnUntrustedPeerTheHeaderIsIgnoredAndFullAddressesAreWrittenWhenAsked() {
    Path untrusted = temp.resolve("untrusted.log");
    try (RunningSite site = site(untrusted, TrustedProxies.NONE, false)) {
      site.get("/world", "User-Agent", "probe-u", "X-Forwarded-For", "203.0.113.77");
      assertThat(line(lines(untrusted, 1), "probe-u").group(1)).isIn("127.0.0.0", "0:0:0::");
    }
    Path full = temp.resolve("full.log");
    try (RunningSite site = site(full, THIS_MACHINE, true)) {
      site.get("/world", "User-Agent", "probe-f", "X-Forwarded-For", "203.0.113.77");
      site.get("/world", "User-Agent", "probe-g");
      List<Matcher> lines = lines(full, 2);
      assertThat(line(lines, "probe-f").group(1)).isEqualTo("203.0.113.77");
      assertThat(line(lines, "probe-g").group(1)).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
  }

  /** What a client cannot send through Java's HTTP client: every byte outside ASCII as \\xHH. */
  @Test
  void controlAndNonAsciiCharactersAreWrittenAsTheirBytes() {
    StringBuilder line = new StringBuilder();
    AccessLog.escape(line, "caf\u00e9 \u001b[31m\n\ud83d\udcf0 \u007f");
    assertThat(line).hasToString("caf\\xc3\\xa9 \\x1b[31m\\x0a\\xf0\\x9f\\x93\\xb0 \\x7f");
    StringBuilder empty = new StringBuilder();
    AccessLog.escape(empty, null);
    assertThat(empty).hasToString("-");
  }

  @Test
  void addressesAreTruncatedToTheirNetworks() {
    assertThat(AccessLog.truncated("203.0.113.77")).isEqualTo("203.0.113.0");
    assertThat(AccessLog.truncated("2001:db8:1234:5678::1")).isEqualTo("2001:db8:1234::");
    assertThat(AccessLog.truncated("2a00:1450:4001:82a::200e")).isEqualTo("2a00:1450:4001::");
    assertThat(AccessLog.truncated("not an address")).isEqualTo("not an address");
  }

  private static RunningSite site(Path log, TrustedProxies proxies, boolean fullIp) {
    return RunningSite.with(Fixtures::smallPaper)
        .configured(
            c ->
                c.withTrustedProxies(proxies)
                    .withObservability(
                        new Observability(Observability.NO_METRICS, log.toString(), fullIp)))
        .start();
  }

  /** The log's lines once it has at least {@code count} (it is written in the background). */
  private static List<Matcher> lines(Path log, int count) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<String> lines = List.of();
    while (System.nanoTime() < deadline) {
      lines = read(log).lines().toList();
      if (lines.size() >= count) {
        break;
      }
      Thread.onSpinWait();
    }
    assertThat(lines).hasSizeGreaterThanOrEqualTo(count);
    return lines.stream()
        .map(
            l -> {
              Matcher m = COMBINED.matcher(l);
              assertThat(m.matches()).as(l).isTrue();
              return m;
            })
        .toList();
  }

  private static Matcher line(List<Matcher> lines, String userAgent) {
    return lines.stream()
        .filter(m -> m.group(8).startsWith(userAgent))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line of " + userAgent));
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
