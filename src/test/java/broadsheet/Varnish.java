package broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Varnish (Debian's varnishd 7.1 with varnish-modules) in front of a test's servers, running
 * the deployment's own VCL, deploy/varnish/broadsheet.vcl, with an origin.vcl of the test's: the
 * given backend ports (several: round-robin, as haproxy would) and this machine as the one purger.
 * Its own working directory in a temp dir, a free port, no management port; stopped on close.
 *
 * <p>Where varnishd is not installed a test using it is skipped, except where CI=true: there it
 * fails (.ci/run installs it).
 */
public final class Varnish implements AutoCloseable {
  public static final Path VCL = Path.of("deploy", "varnish", "broadsheet.vcl").toAbsolutePath();
  private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

  private final Path dir;
  private final int port;
  private Process process;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Varnish(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Skips the test (fails it where CI=true) when varnishd or the xkey module is missing. */
  public static void requireInstalled() {
    if (!Files.isExecutable(VARNISHD) || !xkeyInstalled()) {
      String absent =
          "varnishd or its xkey module is not installed (Debian: apt-get install varnish"
              + " varnish-modules)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(absent + "; in CI every Varnish test must run");
      }
      Assumptions.abort(absent + ": skipping");
    }
  }

  /** Debian keeps modules under its multiarch directory, e.g. /usr/lib/x86_64-linux-gnu. */
  private static boolean xkeyInstalled() {
    try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
      return dirs.anyMatch(
          d ->
              Files.isRegularFile(d.resolve("varnish/vmods/libvmod_xkey.so"))
                  || Files.isRegularFile(d.resolve("vmods/libvmod_xkey.so")));
    } catch (IOException e) {
      return false;
    }
  }

  /** Starts Varnish in front of servers on these local ports and waits until it answers. */
  public static Varnish inFrontOf(int... backendPorts) {
    return onFreePort().start(backendPorts);
  }

  /**
   * A Varnish whose address is known but which is not started yet: nodes are given its purge URL
   * when they start, Varnish their ports after ({@link #start}).
   */
  public static Varnish onFreePort() {
    requireInstalled();
    try {
      return new Varnish(Files.createTempDirectory("broadsheet-varnish"), freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts it in front of servers on these local ports and waits until it answers. */
  public Varnish start(int... backendPorts) {
    ProcessBuilder builder =
        new ProcessBuilder(
                VARNISHD.toString(),
                "-F",
                "-j",
                "none",
                "-n",
                dir.resolve("work").toString(),
                "-a",
                "127.0.0.1:" + port,
                "-T",
                "none",
                "-f",
                VCL.toString(),
                "-p",
                "vcl_path=" + dir + ":" + VCL.getParent(),
                "-s",
                "malloc,64m")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("varnishd.log").toFile());
    try {
      Files.writeString(dir.resolve("origin.vcl"), origin(backendPorts));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start varnishd", e);
    }
    awaitListening();
    return this;
  }

  /** An origin.vcl naming the backends and allowing this machine to purge. */
  static String origin(int... ports) {
    StringBuilder vcl = new StringBuilder("import directors;\n");
    for (int i = 0; i < ports.length; i++) {
      vcl.append("backend node")
          .append(i)
          .append(" { .host = \"127.0.0.1\"; .port = \"")
          .append(ports[i])
          .append("\"; }\n");
    }
    vcl.append("sub vcl_init {\n  new nodes = directors.round_robin();\n");
    for (int i = 0; i < ports.length; i++) {
      vcl.append("  nodes.add_backend(node").append(i).append(");\n");
    }
    vcl.append("}\nsub vcl_recv {\n  set req.backend_hint = nodes.backend();\n}\n");
    vcl.append("acl purgers {\n  \"127.0.0.1\";\n  \"::1\";\n}\n");
    return vcl.toString();
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** What a node's --purge-url is set to for this Varnish. */
  public String purgeUrl() {
    return url("/");
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether Varnish answered this from its cache (the VCL's X-Cache header). */
  public static boolean hit(HttpResponse<?> response) {
    return response.headers().firstValue("X-Cache").orElse("").equals("HIT");
  }

  /** What varnishd printed (its VCL errors, above all). */
  public String log() {
    try {
      return Files.readString(dir.resolve("varnishd.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String log = log();
        close();
        throw new IllegalStateException("varnishd stopped at start:\n" + log);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        sleep(100);
      }
    }
    String log = log();
    close();
    throw new IllegalStateException("varnishd did not listen within 30 s:\n" + log);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    http.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp directory left behind is harmless.
    }
  }
}
