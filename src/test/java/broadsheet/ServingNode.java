package broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a paper as an operator runs it: {@code broadsheet serve} in a JVM of its own (the
 * test's java and classpath), on a free port, with its own data directory (search index, media)
 * over a store it may share with other nodes. Its output goes to a log in its data directory,
 * quoted when it fails to become ready.
 */
public final class ServingNode implements AutoCloseable {
  private static final Duration READY_WITHIN = Duration.ofSeconds(90);
  // How a process's exit status reads when a signal ended it: 128 + the signal's number.
  private static final int SIGKILLED = 128 + 9;

  private final Path dataDir;
  private final List<String> options;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Process process;
  private int port;

  private ServingNode(Path dataDir, List<String> options) {
    this.dataDir = dataDir;
    this.options = List.copyOf(options);
  }

  /**
   * A node with {@code dataDir} of its own over the store at {@code storeUrl} ({@code sqlite:PATH}
   * or a PostgreSQL JDBC URL), with these further options of {@code serve}; not started yet.
   */
  public static ServingNode over(String storeUrl, Path dataDir, String... moreOptions) {
    List<String> options = new ArrayList<>(List.of("--db", storeUrl));
    options.addAll(List.of(moreOptions));
    return new ServingNode(dataDir, options);
  }

  /** Starts the node on a free port and waits until it answers /readyz (search index open). */
  public ServingNode start() {
    try {
      Files.createDirectories(dataDir);
      port = freePort();
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx256m"));
      // The first compiler only: a node is ready in about two thirds of the time, which matters to
      // tests that start one many times; none of them measures how fast a node serves.
      command.add("-XX:TieredStopAtLevel=1");
      // Its temporary files in its data directory, where a test sees what a killed node leaves.
      command.add("-Djava.io.tmpdir=" + Files.createDirectories(dataDir.resolve("tmp")));
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.addAll(List.of("broadsheet.cli.Main", "serve", "--port", String.valueOf(port)));
      command.addAll(List.of("--data", dataDir.toString()));
      command.addAll(options);
      Path log = dataDir.resolve("node.log");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      process.getOutputStream().close();
      awaitReady(log);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the node as an operator would (SIGTERM: the server closes in its shutdown hook). */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    process = null;
  }

  /**
   * Kills the node with SIGKILL, as a crash would: no shutdown hook, nothing closed. Returns once
   * the process is gone, and fails unless SIGKILL ended it (exit status 128 + 9).
   */
  public void kill() {
    if (process == null) {
      return;
    }
    Process killed = process;
    process = null;
    // On Linux and macOS the JDK sends SIGKILL for a forcible destroy.
    killed.destroyForcibly();
    try {
      if (!killed.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the node " + killed.pid() + " outlived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (killed.exitValue() != SIGKILLED) {
      throw new IllegalStateException(
          "the node ended with exit status " + killed.exitValue() + ", not by SIGKILL");
    }
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** Its process, for tests that signal it themselves. */
  public Process process() {
    return process;
  }

  /** Stops the node and starts it again over the same data directory and store. */
  public void restart() {
    stop();
    start();
  }

  public HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitReady(Path log) throws IOException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    UncheckedIOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the node stopped with exit code "
                + process.exitValue()
                + ":\n"
                + Files.readString(log));
      }
      try {
        if (get("/readyz").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException e) {
        // Not listening yet (refused), or a keep-alive connection the client pooled before a
        // kill, which fails once and is dropped: either way, ask again.
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException(
        "the node was not ready within " + READY_WITHIN + ":\n" + Files.readString(log), last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
